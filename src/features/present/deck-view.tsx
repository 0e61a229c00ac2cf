import { useCallback, useEffect, useMemo, useState } from 'react';
import { DECK } from '../../machine/deck';
import { formatDeck, formatFragment } from '../../lib/url-state';
import { useMediaQuery } from '../../lib/use-media-query';
import {
  announcement,
  endOf,
  isFirst,
  isLast,
  nextPosition,
  previousPosition,
  startOf,
  type DeckPosition,
} from '../../machine/deck';
import { Blackout, DeckHelp, DeckOverview } from './deck-overlays';
import { PrintDeck } from './print-deck';
import { SlideStage } from './slide-stage';
import type { DeckViews } from './types';
import { useDeckKeys, type DeckActions } from './use-deck-keys';
import { useDeckPosition } from './use-deck-position';
import { useDeckSync } from './use-deck-sync';
import { useEmbedApi } from './use-embed-api';

const NAV_BUTTON =
  'deck-s-body rounded-md border-2 border-slate-400 bg-white/90 px-[0.7em] py-[0.15em] font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-sky-600 aria-disabled:opacity-40 dark:border-slate-500 dark:bg-slate-900/90 dark:text-slate-100 dark:hover:bg-slate-800';

function toggleFullscreen() {
  const done = document.fullscreenElement
    ? document.exitFullscreen?.()
    : document.documentElement.requestFullscreen?.();
  // Refused (no user gesture, a frame without allowfullscreen): the deck simply stays as it is.
  done?.catch(() => {});
}

/**
 * The deck itself, for the room (`#/present`) or a host page's frame (`?embed`): the current
 * slide filling the window at 16:9, the slides before and after it prepared out of sight so a
 * move is instant, and the keys of a clicker. In a frame the host drives it: it keeps no key of
 * its own (the embed API forwards them) and shows only ‹ ›.
 */
export function Deck({
  seed,
  slide,
  views,
  embed,
}: {
  seed: string | null;
  slide: number;
  views: DeckViews;
  embed: boolean;
}) {
  const view = embed ? 'embed' : 'audience';
  const [position, go] = useDeckPosition(slide, view, seed);
  const [currentReady, setCurrentReady] = useState(false);
  useDeckSync(position, go, view, seed);
  useEmbedApi(embed, position, go, currentReady);
  const phone = useMediaQuery('(max-width: 700px), (max-height: 430px)');
  const [blackout, setBlackout] = useState(false);
  const [overview, setOverview] = useState(false);
  const [help, setHelp] = useState(false);

  const actions: DeckActions = {
    next: () => go(nextPosition(position)),
    previous: () => go(previousPosition(position)),
    first: () => go(startOf(1)),
    last: () => go(endOf(DECK.length)),
    jump: (n) => go(startOf(n)),
    fullscreen: toggleFullscreen,
    blackout: () => setBlackout(true),
    restore: () => {
      if (!blackout) return false;
      setBlackout(false);
      return true;
    },
    speaker: () =>
      void window.open(
        formatDeck(position.slide, 'speaker', seed),
        'irsa-speaker',
        'popup,width=1100,height=700',
      ),
    overview: () => setOverview((open) => !open),
    help: () => setHelp((open) => !open),
    leave: () => {
      window.location.hash = formatFragment({
        flow: 'irsa',
        step: 0,
        seed,
        scenario: null,
        fix: false,
      });
    },
  };
  const typed = useDeckKeys(!embed, actions);
  const title = DECK[position.slide - 1]!.title;
  useEffect(() => {
    document.title = `${position.slide}/${DECK.length} ${title} · IRSA Visualizer`;
  }, [position.slide, title]);
  const onCurrentReady = useCallback((ready: boolean) => setCurrentReady(ready), []);

  // The slide before and after the current one stay mounted (hidden), each at the build a move
  // lands on: keyed by slide id, the one that becomes current keeps its runs and its frame.
  const stages = useMemo(() => {
    const around: DeckPosition[] = [];
    if (position.slide > 1) around.push(endOf(position.slide - 1));
    around.push(position);
    if (position.slide < DECK.length) around.push(startOf(position.slide + 1));
    return around;
  }, [position]);

  return (
    <>
      {!embed && currentReady && <PrintDeck views={views} seed={seed} />}
      <div
        className={`deck-screen ${phone ? 'min-h-dvh' : 'h-dvh overflow-hidden'} bg-white dark:bg-slate-950`}
      >
        <main
          className={phone ? 'relative pb-16' : 'deck-fit grid h-full w-full place-items-center'}
        >
          <div className={phone ? 'relative' : 'deck-slide relative'}>
            {stages.map((at) => {
              const here = at.slide === position.slide;
              const s = DECK[at.slide - 1]!;
              return (
                <div key={s.id} hidden={!here} className={phone ? '' : 'absolute inset-0'}>
                  <SlideStage
                    slide={s}
                    build={at.build}
                    views={views}
                    seed={seed}
                    fluid={phone}
                    level={here ? 1 : 2}
                    onReady={here ? onCurrentReady : undefined}
                  />
                </div>
              );
            })}
            <nav
              aria-label="Deck"
              className={`deck-no-print flex items-center gap-[calc(var(--su)*1)] ${
                phone
                  ? 'fixed inset-x-0 bottom-0 justify-center border-t border-slate-300 bg-white/95 p-2 dark:border-slate-700 dark:bg-slate-950/95'
                  : 'absolute bottom-[calc(var(--su)*2.2)] left-1/2 -translate-x-1/2'
              }`}
            >
              <button
                type="button"
                className={NAV_BUTTON}
                aria-label="Previous"
                aria-disabled={isFirst(position) || undefined}
                onClick={actions.previous}
              >
                ‹
              </button>
              <button
                type="button"
                className={NAV_BUTTON}
                aria-label="Next"
                aria-disabled={isLast(position) || undefined}
                onClick={actions.next}
              >
                ›
              </button>
              {!embed && (
                <>
                  <button type="button" className={NAV_BUTTON} onClick={actions.overview}>
                    Slides
                  </button>
                  <button
                    type="button"
                    className={NAV_BUTTON}
                    aria-label="Keys"
                    aria-keyshortcuts="?"
                    onClick={actions.help}
                  >
                    ?
                  </button>
                </>
              )}
            </nav>
            {typed && (
              <p
                className="deck-s-title deck-no-print absolute top-[calc(var(--su)*3)] right-[calc(var(--su)*3)] rounded-lg border-2 border-slate-400 bg-white px-[0.5em] font-bold dark:bg-slate-900"
                data-typed
              >
                Slide {typed} ↵
              </p>
            )}
          </div>
        </main>
        <p aria-live="polite" className="sr-only">
          {announcement(position)}
        </p>
        {!embed && (
          <>
            <DeckOverview
              open={overview}
              current={position.slide}
              onClose={() => setOverview(false)}
              onJump={(n) => {
                setOverview(false);
                go(startOf(n));
              }}
            />
            <DeckHelp
              open={help}
              onClose={() => setHelp(false)}
              actions={{
                speaker: actions.speaker,
                fullscreen: actions.fullscreen,
                leave: actions.leave,
              }}
            />
            {blackout && <Blackout onRestore={() => setBlackout(false)} />}
          </>
        )}
      </div>
    </>
  );
}
