import type { DeckPosition } from '../../machine/deck';

/**
 * STUB (to be written): inside a host page's frame, answers the reveal.js-style `postMessage`
 * API, posts `ready`, `slidechanged` and the height, and forwards keys to the host.
 */
export function useEmbedApi(
  _enabled: boolean,
  _position: DeckPosition,
  _go: (next: DeckPosition) => void,
): void {}
