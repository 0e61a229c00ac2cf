import {
  catalogueOf,
  IRSA_FLOW,
  selectError,
  selectOutcome,
  selectPosition,
  selectStatusText,
  selectStepContent,
} from '../../machine';
import { IrsaActor } from '../irsa-actor';
import { SlideRun } from './slide-run';
import { DiagramBeside, type BodyProps } from './step-slide';

const CARD = 'rounded-lg border-2 p-[calc(var(--u)*2)]';

/**
 * A broken catalogue entry, run for real: the diagram walks to the hop that rejects it, AWS's
 * error appears large at that hop; on the last build, the entry's fix, its cause, and a second
 * run with the fix applied, with the outcome that run really had.
 */
export function FailureBody(props: BodyProps) {
  const { slide, frame, seed } = props;
  const run = slide.run!;
  const catalogue = catalogueOf(run.flow);
  const { entry, scenario } = catalogue.choice(run.scenario, false);
  return (
    <DiagramBeside {...props} columns="grid-cols-[minmax(0,55fr)_minmax(0,45fr)]">
      <div className="deck-gap flex min-h-0 flex-col">
        <ErrorCard
          step={run.step}
          waiting={`Next: step ${run.step} runs on this scenario: ${entry.title}.`}
        />
        {/* Mounted from the start, so the fixed run is ready when the fix is shown. */}
        <SlideRun
          name="fix"
          flow={run.flow}
          scenario={run.scenario}
          fix
          step={IRSA_FLOW.steps.length}
          seed={seed}
        >
          {frame.showFix && entry.fix && (
            <section
              aria-label="The fix"
              className={`${CARD} deck-t-small flex flex-col gap-[calc(var(--u)*1)] border-green-700 bg-green-50 dark:border-green-400 dark:bg-green-950`}
            >
              <p className="deck-t-body font-bold">
                The fix: {catalogue.fill(entry.fix.summary, scenario)}
              </p>
              <p>{catalogue.fill(entry.cause, scenario)}</p>
              <FixOutcome />
            </section>
          )}
        </SlideRun>
      </div>
    </DiagramBeside>
  );
}

/** AWS's answer at the failing hop: its code and message, verbatim from the run. */
function ErrorCard({ step, waiting }: { step: number; waiting: string }) {
  const error = IrsaActor.useSelector(selectError);
  const position = IrsaActor.useSelector(selectPosition);
  const title = IrsaActor.useSelector((s) => selectStepContent(s).title);
  if (!error)
    return (
      <p
        className={`${CARD} deck-t-body border-dashed border-slate-400 text-slate-700 dark:border-slate-500 dark:text-slate-300`}
      >
        {position < step ? waiting : `Step ${position}: ${title}`}
      </p>
    );
  return (
    <section
      aria-label="AWS error"
      data-error={error.awsCode}
      className={`${CARD} flex flex-col gap-[calc(var(--u)*1)] border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950`}
    >
      <p className="deck-t-small font-semibold">
        ✕ Rejected at step {position}: {title}
      </p>
      <p className="deck-t-big font-mono font-bold text-red-800 dark:text-red-200">
        {error.httpStatus} {error.awsCode}
      </p>
      <p className="deck-t-body wrap-anywhere">{error.message}</p>
    </section>
  );
}

/** What the run with the fix applied really did (never assumed: it is its own machine). */
function FixOutcome() {
  const outcome = IrsaActor.useSelector(selectOutcome);
  const status = IrsaActor.useSelector(selectStatusText);
  const mark =
    outcome === 'succeeded' ? '✓' : outcome === 'failed' ? '✕' : outcome === 'warning' ? '⚠' : '…';
  return (
    <p data-fix-outcome={outcome} className="font-semibold">
      {mark} Run again with the fix: {outcome === 'succeeded' ? 'it works. ' : ''}
      {status}
    </p>
  );
}
