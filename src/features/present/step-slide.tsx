import type { Slide } from '../../machine/deck';
import type { SlideFrame } from '../../machine/deck';
import { KeyArtifact } from './key-artifact';
import { SlideRun } from './slide-run';
import type { DeckViews } from './types';

interface BodyProps {
  slide: Slide;
  frame: SlideFrame;
  views: DeckViews;
  seed: string | null;
}

/**
 * Setup and each step of the exchange: the diagram large, at the slide's step (the step plays on
 * "next"), beside the step's key artifact read from the same run.
 */
export function StepBody({ slide, frame, views: { Diagram }, seed }: BodyProps) {
  const run = slide.run!;
  return (
    <SlideRun
      name="main"
      flow={run.flow}
      scenario={run.scenario}
      step={frame.step ?? 0}
      seed={seed}
    >
      <div className="deck-gap deck-cols grid min-h-0 flex-1 grid-cols-[minmax(0,56fr)_minmax(0,44fr)]">
        <div className="deck-diagram min-h-0">
          <Diagram stage />
        </div>
        {slide.artifact && (
          <KeyArtifact
            wanted={slide.artifact}
            waiting={`Next: step ${run.step} plays, and what it sends appears here.`}
          />
        )}
      </div>
    </SlideRun>
  );
}
