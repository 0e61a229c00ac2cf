import type { ReactNode } from 'react';
import type { Slide, SlideFrame } from '../../machine/deck';
import { KeyArtifact } from './key-artifact';
import { SlideRun } from './slide-run';
import type { DeckViews } from './types';

export interface BodyProps {
  slide: Slide;
  frame: SlideFrame;
  views: DeckViews;
  seed: string | null;
}

/**
 * The slide's run, with the diagram large on the left (walking to the frame's step, so the step
 * plays on "next") and `children` on the right, read from the same run. `columns` is the grid's
 * Tailwind class, written out in full so Tailwind finds it (a phone stacks them, present.css).
 */
export function DiagramBeside({
  slide,
  frame,
  views: { Diagram },
  seed,
  columns,
  children,
}: BodyProps & { columns: string; children: ReactNode }) {
  const run = slide.run!;
  return (
    <SlideRun
      name="main"
      flow={run.flow}
      scenario={run.scenario}
      step={frame.step ?? 0}
      seed={seed}
    >
      <div className={`deck-gap deck-cols grid min-h-0 flex-1 ${columns}`}>
        <div className="deck-diagram min-h-0">
          <Diagram stage />
        </div>
        {children}
      </div>
    </SlideRun>
  );
}

/** Setup and each step of the exchange: the diagram beside the step's key artifact. */
export function StepBody(props: BodyProps) {
  const { slide } = props;
  return (
    <DiagramBeside {...props} columns="grid-cols-[minmax(0,56fr)_minmax(0,44fr)]">
      {slide.artifact && (
        <KeyArtifact
          wanted={slide.artifact}
          waiting={`Next: step ${slide.run!.step} plays, and what it sends appears here.`}
        />
      )}
    </DiagramBeside>
  );
}
