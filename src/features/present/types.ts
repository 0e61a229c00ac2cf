import type { ComponentType } from 'react';

/**
 * The explore page's views the deck draws with, handed in by the app (one feature may not import
 * another's folder). `stage` asks the diagram for its presentation layout: larger type, fewer
 * details, so it reads from the back of a room.
 */
export interface DeckViews {
  Diagram: ComponentType<{ stage?: boolean }>;
}
