import { useRef } from 'react';
import { CopyButton } from '../../components/copy-button';
import type {
  DiagnosisFix,
  DiagnosisOutcome,
  FixStep,
  PasteField,
} from '../../machine/diagnose/types';
import { withCode } from './inline-code';
import { outcomeTitle } from './outcome-text';
import { labelOf } from './paste-fields';

const LINK_BUTTON =
  'text-left font-semibold text-sky-800 underline hover:no-underline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:text-sky-300';

/**
 * The causes the engine confirmed, in the order the run meets them: each with why AWS answers
 * as it does, the steps in the user's own names (code to copy), and the paste to redo. Then what
 * the run does with every fix applied.
 */
export function FixList({
  fixes,
  fixedOutcome,
  stepCount,
  onFocusField,
}: {
  fixes: DiagnosisFix[];
  fixedOutcome: DiagnosisOutcome | null;
  stepCount: number | null;
  onFocusField: (field: PasteField) => void;
}) {
  return (
    <section aria-labelledby="diagnose-fixes-title" className="space-y-3">
      <h3 id="diagnose-fixes-title" className="text-base font-bold">
        How to fix it
      </h3>
      <ol className="space-y-4">
        {fixes.map((fix, i) => (
          <li
            key={fix.id}
            data-fix={fix.id}
            className="space-y-2 rounded-md border border-slate-300 p-3 dark:border-slate-700"
          >
            <h4 className="font-bold">
              {fixes.length > 1 && <span>{i + 1}. </span>}
              {withCode(fix.title)}
            </h4>
            <p className="text-sm wrap-anywhere">{withCode(fix.cause)}</p>
            <ol className="list-decimal space-y-2 pl-5 text-sm">
              {fix.steps.map((step, j) => (
                <li key={j} className="space-y-1">
                  <FixStepView step={step} what={`step ${j + 1} of fix ${i + 1}`} />
                </li>
              ))}
            </ol>
            <p className="text-sm">
              Then{' '}
              <button type="button" className={LINK_BUTTON} onClick={() => onFocusField(fix.field)}>
                paste the {labelOf(fix.field)} again
              </button>{' '}
              and run Diagnose: the run should get past this step.
            </p>
          </li>
        ))}
      </ol>
      {fixedOutcome && (
        <p
          data-fixed-outcome={fixedOutcome.failedAt === null ? 'succeeds' : fixedOutcome.failedAt}
          className={`rounded-md border-l-4 px-3 py-2 text-sm font-semibold ${
            fixedOutcome.failedAt === null
              ? 'border-emerald-700 text-emerald-900 dark:border-emerald-400 dark:text-emerald-200'
              : 'border-amber-600 text-amber-900 dark:border-amber-400 dark:text-amber-200'
          }`}
        >
          {fixedOutcome.failedAt === null
            ? 'With these fixes the run succeeds: the pod lists its buckets.'
            : `With these fixes the run still ${outcomeTitle(fixedOutcome, stepCount).replace(/^Fails/, 'fails')}${
                fixedOutcome.awsCode ? ` (${fixedOutcome.awsCode})` : ''
              }.`}
        </p>
      )}
    </section>
  );
}

/** One step of a fix: its sentence, and the exact text to copy when there is one. */
function FixStepView({ step, what }: { step: FixStep; what: string }) {
  const pre = useRef<HTMLPreElement>(null);
  return (
    <>
      <p>{withCode(step.text)}</p>
      {step.code !== undefined && (
        <div className="min-w-0 space-y-1">
          <div className="flex justify-end">
            <CopyButton text={step.code} what={what} selectTarget={() => pre.current} />
          </div>
          <pre
            ref={pre}
            tabIndex={0}
            aria-label={what}
            data-language={step.language ?? 'text'}
            // A policy or manifest keeps its lines (it scrolls sideways); a command wraps.
            className={`max-h-96 overflow-auto rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-[13px] leading-relaxed text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 ${
              step.language === 'json' || step.language === 'yaml'
                ? 'whitespace-pre'
                : 'wrap-anywhere whitespace-pre-wrap'
            }`}
          >
            <code>{step.code}</code>
          </pre>
        </div>
      )}
    </>
  );
}
