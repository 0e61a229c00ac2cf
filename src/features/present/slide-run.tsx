import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { catalogueOf, irsaMachine, settingsFor } from '../../machine';
import { IrsaActor } from '../irsa-actor';

/** Each run of a slide says whether it is at rest (its step reached, or stopped by a failure). */
export const RunReport = createContext<(name: string, atRest: boolean) => void>(() => {});

interface SlideRunProps {
  /** The run's name within its slide (`main`, `fix`, `irsa`, `pod-identity`), for readiness. */
  name: string;
  flow: 'irsa' | 'pod-identity';
  /** A catalogue entry (null = the flow's default), with its fix applied when `fix`. */
  scenario: string | null;
  fix?: boolean;
  /** The step to stand at (0 = Setup); moving it sends `step.goto`, so the step plays. */
  step: number;
  seed: string | null;
  /** The walk: IRSA's, or Pod Identity's once its chunk has arrived. */
  logic?: typeof irsaMachine;
  children?: ReactNode;
}

/**
 * One real run of the engine for a slide: its own machine, started on the slide's catalogue entry
 * and seed, walked to the slide's step. Later steps are asked of the same machine, so "next"
 * plays the step with its animation instead of drawing a new picture.
 */
export function SlideRun({
  name,
  flow,
  scenario,
  fix = false,
  step,
  seed,
  logic = irsaMachine,
  children,
}: SlideRunProps) {
  const [input] = useState(() => ({
    scenario: catalogueOf(flow).choice(scenario, fix).scenario,
    settings: settingsFor(seed),
    target: step,
  }));
  return (
    <IrsaActor.Provider logic={logic} options={{ input }}>
      <WalkTo step={step} />
      <ReportRest name={name} />
      {children}
    </IrsaActor.Provider>
  );
}

function WalkTo({ step }: { step: number }) {
  const actor = IrsaActor.useActorRef();
  useEffect(() => {
    if (actor.getSnapshot().context.target !== step) actor.send({ type: 'step.goto', step });
  }, [actor, step]);
  return null;
}

function ReportRest({ name }: { name: string }) {
  const report = useContext(RunReport);
  const atRest = IrsaActor.useSelector((s) => s.hasTag('ready') || s.hasTag('failed'));
  useEffect(() => report(name, atRest), [report, name, atRest]);
  return null;
}
