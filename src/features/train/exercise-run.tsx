/**
 * The exercise's run, from the engine: its own machine (IRSA's, or Pod Identity's loaded on
 * demand) started on the exercise's start scenario and walked to `target` (a predict exercise's
 * pause, otherwise the end: it stops where it fails). `RunStatus` shows what the trainee needs of
 * it: where it stands, AWS's error, the steps so far and the checks of the step shown.
 */
import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import type { Exercise } from '../../machine/training/exercises';
import { OutcomeList, outcomesOf } from '../../components/outcome-list';
import {
  irsaMachine,
  selectChecks,
  selectError,
  selectOutcome,
  selectPosition,
  selectSequence,
  selectStatusText,
  type RunSettings,
} from '../../machine';
import { startScenario } from '../../machine/training/grade';
import { IrsaActor } from '../irsa-actor';

interface RunProps {
  exercise: Exercise;
  settings: RunSettings;
  target: number;
  children: ReactNode;
}

function RunProvider({
  exercise,
  settings,
  target,
  children,
  logic,
}: RunProps & { logic: typeof irsaMachine }) {
  const [input] = useState(() => ({ scenario: startScenario(exercise), settings, target }));
  return (
    <IrsaActor.Provider logic={logic} options={{ input }}>
      {children}
    </IrsaActor.Provider>
  );
}

// Pod Identity's walk arrives in its own chunk, as on the explore page.
const PodIdentityRun = lazy(() =>
  import('../../machine/pod-identity').then((m) => ({
    default: (props: RunProps) => <RunProvider {...props} logic={m.podIdentityMachine} />,
  })),
);

export function ExerciseRun(props: RunProps) {
  if (props.exercise.start.flow === 'irsa') return <RunProvider {...props} logic={irsaMachine} />;
  return (
    <Suspense fallback={<p className="p-4">Loading EKS Pod Identity…</p>}>
      <PodIdentityRun {...props} />
    </Suspense>
  );
}

const OUTCOME_STYLE = {
  failed: 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950',
  succeeded: 'border-green-700 bg-green-50 dark:border-green-400 dark:bg-green-950',
  warning: 'border-amber-600 bg-amber-100 dark:border-amber-400 dark:bg-amber-900',
  other: 'border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-sky-950',
};

/**
 * Where the run stands, in words (announced politely as it moves), with AWS's error. A predict
 * exercise's run is "paused" while it stands where the question is asked.
 */
export function RunStatus({ heading, pausedAt }: { heading: string; pausedAt?: number }) {
  const headingId = useId();
  const status = IrsaActor.useSelector(selectStatusText);
  const outcome = IrsaActor.useSelector(selectOutcome);
  const error = IrsaActor.useSelector(selectError);
  const position = IrsaActor.useSelector(selectPosition);
  const sequence = IrsaActor.useSelector(selectSequence);
  const checks = IrsaActor.useSelector(selectChecks);
  const style =
    outcome === 'failed' || outcome === 'succeeded' || outcome === 'warning'
      ? OUTCOME_STYLE[outcome]
      : OUTCOME_STYLE.other;
  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-3" data-run-outcome={outcome}>
      <h2 id={headingId} className="text-lg font-bold">
        {pausedAt === undefined
          ? heading
          : position === pausedAt && outcome !== 'failed'
            ? 'The run, paused'
            : 'The run, played on'}
      </h2>
      <p
        aria-live="polite"
        data-testid="run-status"
        className={`rounded-md border-l-4 px-3 py-2 text-sm font-semibold wrap-anywhere ${style}`}
      >
        {status}
        {outcome === 'warning' &&
          ' — succeeded, but the trust policy lets more than the intended pod in.'}
      </p>
      {error && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="run-error">
          <dt className="font-semibold">Error code</dt>
          <dd className="font-mono" data-aws-code>
            {error.awsCode}
          </dd>
          <dt className="font-semibold">Message</dt>
          <dd className="font-mono wrap-anywhere">{error.message}</dd>
        </dl>
      )}
      {sequence.length > 0 && (
        <div>
          <h3 className="mb-1 text-sm font-bold">Steps so far</h3>
          <ol className="space-y-1 text-sm">
            {sequence.map((row) => (
              <li key={row.step} className="wrap-anywhere">
                <span className="font-semibold">Step {row.step}:</span> {row.from} → {row.to}:{' '}
                {row.what} — <span className="font-semibold">{row.result}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      {checks.length > 0 && (
        <div>
          <h3 className="mb-1 text-sm font-bold">
            {position === 0 ? 'Checks at Setup' : `Checks at step ${position}`}
          </h3>
          <OutcomeList label={`Checks at step ${position}`} items={outcomesOf(checks)} />
        </div>
      )}
    </section>
  );
}

/** "Watch it happen": the paused run plays on to the end, stopping where it fails. */
export function useWatchToEnd(): () => void {
  const actor = IrsaActor.useActorRef();
  return () =>
    actor.send({ type: 'step.goto', step: actor.getSnapshot().context.flow.steps.length });
}
