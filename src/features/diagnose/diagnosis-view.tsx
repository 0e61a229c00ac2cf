import type { Ref } from 'react';
import type {
  DiagnosisOutcome,
  DiagnosisRun,
  ErrorComparison,
  PasteField,
} from '../../machine/diagnose/types';
import { FixList } from './fix-list';
import { withCode } from './inline-code';
import { outcomeTitle } from './outcome-text';
import { labelOf } from './paste-fields';
import { AssumptionList, ReadAsList } from './run-facts';

const FIELD_BUTTON =
  'rounded border border-slate-400 bg-white px-2 py-0.5 text-sm font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-sky-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';

/**
 * A run's result: where it stops with AWS's words, the pasted error set against it, the fixes
 * and what they lead to, then what was assumed and what was read. Every part is the engine's.
 */
export function DiagnosisView({
  run,
  stepCount,
  verdictRef,
  onFocusField,
  canFocus,
}: {
  run: DiagnosisRun;
  stepCount: number | null;
  /** The verdict's heading, focused after a run so the result is read (and scrolled to) first. */
  verdictRef: Ref<HTMLHeadingElement>;
  onFocusField: (field: PasteField) => void;
  canFocus: (field: PasteField) => boolean;
}) {
  return (
    <div className="space-y-6">
      <Verdict outcome={run.outcome} stepCount={stepCount} headingRef={verdictRef} />
      {run.error && (
        <ErrorComparisonView
          comparison={run.error}
          onFocusField={onFocusField}
          canFocus={canFocus}
        />
      )}
      {run.fixes.length > 0 && (
        <FixList
          fixes={run.fixes}
          fixedOutcome={run.fixedOutcome}
          stepCount={stepCount}
          onFocusField={onFocusField}
        />
      )}
      <AssumptionList
        assumptions={run.assumptions}
        onFocusField={onFocusField}
        canFocus={canFocus}
      />
      <ReadAsList readAs={run.readAs} />
    </div>
  );
}

/** Succeeded or where it stops, in words and colour, with AWS's code and message verbatim. */
function Verdict({
  outcome,
  stepCount,
  headingRef,
}: {
  outcome: DiagnosisOutcome;
  stepCount: number | null;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const ok = outcome.failedAt === null;
  return (
    <div
      data-verdict={ok ? 'succeeds' : String(outcome.failedAt)}
      className={`space-y-2 rounded-md border-2 p-3 ${
        ok
          ? 'border-green-700 bg-green-50 text-green-950 dark:border-green-400 dark:bg-green-950 dark:text-green-50'
          : 'border-red-700 bg-red-50 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50'
      }`}
    >
      <h3
        ref={headingRef}
        tabIndex={-1}
        className="scroll-mt-4 text-lg font-bold focus:outline-none"
      >
        <span aria-hidden="true">{ok ? '✓ ' : '✕ '}</span>
        {outcomeTitle(outcome, stepCount)}
      </h3>
      {outcome.awsCode && (
        <p className="font-mono text-sm font-bold wrap-anywhere" data-aws-code>
          <code>{outcome.awsCode}</code>
        </p>
      )}
      {outcome.message && (
        <p className="font-mono text-sm wrap-anywhere" data-aws-message>
          <code>{outcome.message}</code>
        </p>
      )}
    </div>
  );
}

/** The pasted error message set against the run: reproduced, or which pastes disagree with it. */
function ErrorComparisonView({
  comparison,
  onFocusField,
  canFocus,
}: {
  comparison: ErrorComparison;
  onFocusField: (field: PasteField) => void;
  canFocus: (field: PasteField) => boolean;
}) {
  const { reproduced, pastedCode, summary, disagreeing } = comparison;
  return (
    <section aria-labelledby="diagnose-error-title" className="space-y-2">
      <h3 id="diagnose-error-title" className="text-base font-bold">
        Your error message
      </h3>
      <div
        data-reproduced={reproduced}
        className={`space-y-2 rounded-md border-l-4 px-3 py-2 text-sm ${
          reproduced
            ? 'border-emerald-700 bg-emerald-50 text-emerald-950 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-50'
            : 'border-amber-600 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50'
        }`}
      >
        <p className="font-semibold">
          {reproduced ? 'The run reproduces it' : 'The run does not reproduce it'}
          {pastedCode && (
            <>
              {' '}
              (<code className="font-mono">{pastedCode}</code>)
            </>
          )}
          .
        </p>
        <p className="wrap-anywhere">{withCode(summary)}</p>
        {disagreeing.length > 0 && (
          <div className="flex flex-wrap items-center gap-2">
            <span>Pastes that disagree with it:</span>
            {disagreeing.map((field) =>
              canFocus(field) ? (
                <button
                  key={field}
                  type="button"
                  className={FIELD_BUTTON}
                  onClick={() => onFocusField(field)}
                >
                  {labelOf(field)}
                </button>
              ) : (
                <span key={field} className="font-semibold">
                  {labelOf(field)}
                </span>
              ),
            )}
          </div>
        )}
      </div>
    </section>
  );
}
