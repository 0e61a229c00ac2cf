import { useEffect, type ReactNode } from 'react';
import { Button } from '../../components/button';
import {
  DECK,
  endOf,
  isFirst,
  isLast,
  nextPosition,
  previousPosition,
  slideAt,
  startOf,
  type DeckPosition,
} from '../../machine/deck';
import { SlideStage } from './slide-stage';
import { SpeakerNotes } from './speaker-notes';
import { SpeakerTimer } from './speaker-timer';
import type { DeckViews } from './types';
import { useDeckKeys } from './use-deck-keys';
import { useDeckPosition } from './use-deck-position';
import { useDeckSync } from './use-deck-sync';

/**
 * The presenter's own window (`#/present?speaker`, opened with S from the deck): the slide the
 * room sees and what "next" shows, this slide's notes, the elapsed time and the clock. The deck's
 * keys drive it, and every move reaches the audience window through the deck channel (and the
 * audience's moves come back), so the two never drift apart.
 */
export function SpeakerView({
  seed,
  slide,
  views,
}: {
  seed: string | null;
  slide: number;
  views: DeckViews;
}) {
  const [position, go] = useDeckPosition(slide, 'speaker', seed);
  useDeckSync(position, go, 'speaker', seed);
  const typed = useSpeakerKeys(position, go);

  const current = slideAt(position);
  const next = isLast(position) ? null : nextPosition(position);
  const total = DECK.length;

  useEffect(() => {
    document.title = `Speaker view: slide ${position.slide} of ${total} · IRSA Visualizer`;
  }, [position.slide, total]);

  return (
    <div className="min-h-dvh bg-slate-100 text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-slate-300 bg-white px-4 py-2 dark:border-slate-700 dark:bg-slate-950">
        <div className="flex items-baseline gap-4">
          <h1 className="text-xl font-bold">Speaker view</h1>
          <p className="text-lg" data-testid="speaker-position">
            Slide <span className="font-bold">{position.slide}</span> of {total}
            {position.build > 0 ? ` · build ${position.build}` : ''}
          </p>
          {typed ? (
            <p className="font-mono text-lg" aria-live="polite">
              Go to slide {typed}, then Enter
            </p>
          ) : null}
        </div>
        <SpeakerTimer />
      </header>
      {/* On a laptop both slides stay in view: the column is as wide as the window's height
          lets the current slide and the next one (at 3/5 of its width) stack without a scroll. */}
      <main className="grid grid-cols-[minmax(0,1fr)] gap-4 p-4 lg:grid-cols-[minmax(0,min(58%,calc((100dvh_-_170px)_*_1.1)))_minmax(0,1fr)]">
        <div className="flex flex-col gap-3">
          <section aria-labelledby="speaker-current" className="flex flex-col gap-1">
            <h2 id="speaker-current" className="text-base font-semibold">
              Now: {current.title}
            </h2>
            <SlidePreview>
              <SlideStage
                key={current.id}
                slide={current}
                build={position.build}
                views={views}
                seed={seed}
                level={3}
              />
            </SlidePreview>
          </section>
          <div className="flex items-start gap-3">
            <section aria-labelledby="speaker-next" className="flex w-3/5 flex-col gap-1">
              <h2 id="speaker-next" className="text-base font-semibold">
                {nextLabel(position, next)}
              </h2>
              {next ? (
                <SlidePreview>
                  <SlideStage
                    key={slideAt(next).id}
                    slide={slideAt(next)}
                    build={next.build}
                    views={views}
                    seed={seed}
                    level={3}
                  />
                </SlidePreview>
              ) : (
                <p className="grid aspect-video place-items-center rounded border border-dashed border-slate-400 text-lg">
                  End of the deck
                </p>
              )}
            </section>
            <nav aria-label="Move the deck" className="flex flex-col gap-2 pt-7">
              <Button
                unavailable={isFirst(position)}
                onClick={() => go(previousPosition(position))}
              >
                Previous
              </Button>
              <Button
                variant="primary"
                unavailable={isLast(position)}
                onClick={() => go(nextPosition(position))}
              >
                Next
              </Button>
            </nav>
          </div>
        </div>
        <SpeakerNotes key={current.id} notes={current.notes} />
      </main>
    </div>
  );
}

/** "Next: the fix" within a slide, "Next: <title>" for the following slide. */
function nextLabel(here: DeckPosition, next: DeckPosition | null): string {
  if (!next) return 'Next: nothing, this is the last slide';
  const slide = slideAt(next);
  if (next.slide !== here.slide) return `Next: ${slide.title}`;
  if (slide.kind === 'failure' && next.build >= 2) return 'Next on this slide: the fix';
  return `Next on this slide: ${slide.run ? `step ${slide.run.step} plays` : `build ${next.build}`}`;
}

/**
 * A slide, scaled down: the same slide as the room's (its type is in units of the slide's
 * height), inert here because the speaker drives with keys and the buttons, not inside it.
 */
function SlidePreview({ children }: { children: ReactNode }) {
  return (
    <div
      inert
      className="aspect-video w-full overflow-hidden rounded border border-slate-300 shadow-sm dark:border-slate-700"
    >
      {children}
    </div>
  );
}

/**
 * The deck's keys, in the speaker's window: next, previous, first, last, a number then Enter.
 * Fullscreen, blackout, the overview and S (already here) belong to the room's window, and Esc
 * does nothing here: the speaker's window is not left by accident.
 */
function useSpeakerKeys(position: DeckPosition, go: (next: DeckPosition) => void): string {
  const none = () => {};
  return useDeckKeys(true, {
    next: () => go(nextPosition(position)),
    previous: () => go(previousPosition(position)),
    first: () => go(startOf(1)),
    last: () => go(endOf(DECK.length)),
    jump: (n) => go(startOf(n)),
    fullscreen: none,
    blackout: none,
    restore: () => false,
    speaker: none,
    overview: none,
    help: none,
    leave: none,
  });
}
