import type { DeckView } from '../../lib/url-state';
import type { DeckPosition } from '../../machine/deck';

/**
 * STUB (to be written): keeps the audience and speaker windows at the same position through
 * `BroadcastChannel`, in both directions.
 */
export function useDeckSync(
  _position: DeckPosition,
  _go: (next: DeckPosition) => void,
  _view: DeckView,
): void {}
