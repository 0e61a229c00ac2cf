import type { ComponentType } from 'react';
import type { DeckView } from '../../lib/url-state';

/** The explore page's views the deck draws with (one feature may not import another's folder). */
export interface DeckViews {
  Diagram: ComponentType;
}

/** STUB (to be written): `#/present`, the deck for the room, the speaker or a host page. */
export default function PresentPage(props: {
  seed: string | null;
  view: DeckView;
  slide: number;
  views: DeckViews;
}) {
  return <p>Deck: slide {props.slide}</p>;
}
