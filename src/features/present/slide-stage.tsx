import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { DECK, type Slide } from '../../machine/deck';
import { slideFrame } from '../../machine/deck';
import { ComparisonBody } from './comparison-slide';
import { FailureBody } from './failure-slide';
import { RunReport } from './slide-run';
import { StepBody } from './step-slide';
import type { DeckViews } from './types';
import './present.css';

/** The runs a slide waits for before it is ready (printed, or shown without a flicker). */
const RUNS: Record<Slide['kind'], string[]> = {
  title: [],
  setup: ['main'],
  step: ['main'],
  failure: ['main', 'fix'],
  comparison: ['irsa', 'pod-identity'],
  summary: [],
};

export interface SlideStageProps {
  slide: Slide;
  /** The build within the slide (0 = as it opens; see `buildsOf` in machine/deck.ts). */
  build: number;
  views: DeckViews;
  seed: string | null;
  /** Printed: the slide's heading is a section's, and the runs stand still. */
  print?: boolean;
  /** The heading level of the slide's title: 1 in the deck, lower in previews and print. */
  level?: 1 | 2 | 3;
  /** On a phone the slide is a scrolling page instead of a 16:9 picture. */
  fluid?: boolean;
  /** Told whenever the slide's runs come to rest (or start moving again). */
  onReady?: (ready: boolean) => void;
}

/**
 * One slide, drawn from its data, as large as its container allows at 16:9; every size is in
 * units of the slide's height, so a small preview is the same slide, smaller. Slides with a run
 * replay the engine to the slide's frame (`data-ready` once every run is at rest).
 */
export function SlideStage({
  slide,
  build,
  views,
  seed,
  print = false,
  level = print ? 2 : 1,
  fluid = false,
  onReady,
}: SlideStageProps) {
  const titleId = useId();
  const [rest, setRest] = useState<Record<string, boolean>>({});
  const report = useCallback(
    (name: string, atRest: boolean) =>
      setRest((all) => (all[name] === atRest ? all : { ...all, [name]: atRest })),
    [],
  );
  const ready = RUNS[slide.kind].every((name) => rest[name]);
  useEffect(() => onReady?.(ready), [onReady, ready]);
  const frame = slideFrame(slide, build);
  const number = DECK.indexOf(slide) + 1;
  const Heading = `h${level}` as const;
  const hero = slide.kind === 'title';

  let body: ReactNode = null;
  if (slide.kind === 'setup' || slide.kind === 'step')
    body = <StepBody slide={slide} frame={frame} views={views} seed={seed} />;
  else if (slide.kind === 'failure')
    body = <FailureBody slide={slide} frame={frame} views={views} seed={seed} />;
  else if (slide.kind === 'comparison') body = <ComparisonBody seed={seed} />;
  else if (slide.bullets)
    body = (
      <ul
        className={`${hero ? 'deck-t-lead' : 'deck-t-big'} list-disc space-y-[calc(var(--u)*1.6)] pl-[1.2em]`}
      >
        {slide.bullets.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
    );

  return (
    <div className={fluid ? 'h-full w-full' : 'deck-fit grid h-full w-full place-items-center'}>
      <section
        aria-labelledby={titleId}
        data-slide={slide.id}
        data-kind={slide.kind}
        data-build={build}
        data-ready={ready}
        className={`deck-slide ${fluid ? 'deck-fluid' : ''} bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100`}
      >
        {/* Padding inside the container: its units measure the whole slide. */}
        <div className="deck-pad deck-gap flex h-full flex-col">
          <header className={`flex flex-col gap-[calc(var(--u)*1.2)] ${hero ? 'mt-auto' : ''}`}>
            <Heading id={titleId} className={`${hero ? 'deck-t-hero' : 'deck-t-title'} font-bold`}>
              {slide.title}
            </Heading>
            <p className="deck-t-lead text-slate-800 dark:text-slate-200">{slide.narration}</p>
          </header>
          <RunReport.Provider value={report}>
            <div className={`flex min-h-0 flex-col ${hero ? 'mb-auto' : 'flex-1'}`}>{body}</div>
          </RunReport.Provider>
          <footer className="deck-t-small flex items-end justify-between text-slate-700 dark:text-slate-300">
            <span>{seed !== null ? `Demo key · seed ${seed}` : ''}</span>
            <span data-slide-number>
              {number} / {DECK.length}
            </span>
          </footer>
        </div>
      </section>
    </div>
  );
}
