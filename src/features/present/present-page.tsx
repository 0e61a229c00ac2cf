import { lazy, Suspense } from 'react';
import type { DeckView } from '../../lib/url-state';
import { Deck } from './deck-view';
import type { DeckViews } from './types';

export type { DeckViews } from './types';

/** The speaker's window is its own chunk: the room's deck never loads it. */
const SpeakerView = lazy(() => import('./speaker-view').then((m) => ({ default: m.SpeakerView })));

/**
 * `#/present`: the deck for the room, the speaker's own window (`?speaker`), or the deck alone
 * inside a host page's frame (`?embed`).
 */
export default function PresentPage({
  seed,
  view,
  slide,
  views,
}: {
  seed: string | null;
  view: DeckView;
  slide: number;
  views: DeckViews;
}) {
  if (view === 'speaker')
    return (
      <Suspense fallback={<p className="p-4">Loading the speaker view…</p>}>
        <SpeakerView seed={seed} slide={slide} views={views} />
      </Suspense>
    );
  return <Deck seed={seed} slide={slide} views={views} embed={view === 'embed'} />;
}
