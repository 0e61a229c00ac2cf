import { useMemo, type ComponentType } from 'react';
import { DECK, type Slide } from '../../machine/deck';
import type { Flow } from '../../machine';
import { artifactsForStep } from '../../machine/artifacts';
import { irsaRunOf, type IrsaStepId } from '../../machine/types';
import { IrsaActor } from '../irsa-actor';
import { ArtifactExcerpt } from './artifact-excerpt';
import { useSettled } from './handout-run';

/** Setup and the six steps, as the deck tells them. */
const STEP_SLIDES = DECK.filter((s) => s.kind === 'setup' || s.kind === 'step');
/** Beyond each slide's own artifact: the projected token itself, whole, at Setup. */
const EXTRA: Partial<Record<string, string[]>> = { setup: ['token'] };

/**
 * The run that works, walked to step 6 (inside its `HandoutRun`): the whole exchange drawn once,
 * then one section per step with the deck's narration, what really happens and the key artifacts
 * of this very run.
 */
export function ExchangeSteps({ Diagram }: { Diagram: ComponentType }) {
  const settled = useSettled();
  const crash = IrsaActor.useSelector((s) => s.context.crash);
  const flow = IrsaActor.useSelector((s) => s.context.flow);
  const run = IrsaActor.useSelector((s) => irsaRunOf(s.context));
  return (
    <>
      <section aria-labelledby="handout-glance" className="space-y-2">
        <h2 id="handout-glance" className="text-xl font-bold break-after-avoid">
          The exchange at a glance
        </h2>
        {crash && <p role="alert">The run stopped on an internal error: {crash}</p>}
        {/* A fixed box, as on the explore page; drawn once the run has reached step 6. */}
        <div className="h-[34rem] break-inside-avoid sm:h-[28rem] print:h-[13cm]">
          {settled ? <Diagram /> : <p>Computing…</p>}
        </div>
      </section>
      {STEP_SLIDES.map((slide) => (
        <StepSection key={slide.id} slide={slide} flow={flow} run={settled ? run : null} />
      ))}
    </>
  );
}

function StepSection({
  slide,
  flow,
  run,
}: {
  slide: Slide;
  flow: Flow;
  run: ReturnType<typeof irsaRunOf>;
}) {
  const position = slide.run?.step ?? 0;
  const step = position === 0 ? null : flow.steps[position - 1]!;
  // The flow's own words say what really happens; its story words repeat the narration.
  const words = step ?? flow.setup;
  const artifacts = useMemo(() => {
    if (!run) return [];
    const all = artifactsForStep((step?.id ?? null) as IrsaStepId | null, run);
    const ids = [slide.artifact?.id, ...(EXTRA[slide.id] ?? [])];
    return ids.flatMap((id) => all.filter((a) => a.id === id));
  }, [run, step, slide]);
  const headingId = `handout-${slide.id}`;
  return (
    <section aria-labelledby={headingId} data-step={position} className="space-y-3">
      <div className="space-y-2 break-inside-avoid">
        <h2 id={headingId} className="text-xl font-bold break-after-avoid">
          {slide.title}
        </h2>
        <p className="text-lg">{slide.narration}</p>
        <p>
          <strong>Really: </strong>
          {words.realMechanics}
        </p>
      </div>
      {run ? (
        artifacts.map((artifact) => (
          <ArtifactExcerpt
            key={artifact.id}
            artifact={artifact}
            keep={artifact.id === slide.artifact?.id ? slide.artifact.keep : undefined}
          />
        ))
      ) : (
        <p>Computing…</p>
      )}
    </section>
  );
}
