import type { ReactNode } from 'react';

export interface Outcome {
  key: string;
  passed: boolean;
  /** What was checked, in words. */
  title: ReactNode;
  expected: string;
  actual: string;
  note?: string;
  /** `data-check` id for tests and links. */
  checkId?: string;
  /** The comparison could not be made: shown as "not run", never as passed or failed. */
  notRun?: boolean;
}

/** A check as the engine records it (by shape: this folder knows no domain types). */
interface RecordedCheck {
  id: string;
  label: string;
  passed: boolean;
  expected: string;
  actual: string;
  note?: string;
  status?: 'not-run';
}

/** The engine's checks as outcomes: one place that says how a check is shown. */
export function outcomesOf(checks: readonly RecordedCheck[]): Outcome[] {
  return checks.map((c) => ({
    key: c.id,
    checkId: c.id,
    passed: c.passed,
    notRun: c.status === 'not-run',
    title: c.label,
    expected: c.expected,
    actual: c.actual,
    note: c.note,
  }));
}

const STATES = {
  passed: {
    mark: '✓',
    item: 'border-green-700 dark:border-green-400',
    word: 'text-green-800 dark:text-green-300',
  },
  failed: {
    mark: '✕',
    item: 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950',
    word: 'text-red-800 dark:text-red-200',
  },
  'not-run': {
    mark: '○',
    item: 'border-slate-500 bg-slate-100 dark:border-slate-400 dark:bg-slate-900',
    word: 'text-slate-800 dark:text-slate-200',
  },
};

/**
 * Comparisons shown as passed/failed/not run in words (not colour alone), each with both
 * values: checks of a step, policy elements, token checks.
 */
export function OutcomeList({
  items,
  label,
  words = ['passed', 'failed'],
}: {
  items: Outcome[];
  label: string;
  words?: [string, string];
}) {
  return (
    <ul aria-label={label} className="space-y-1.5">
      {items.map((o) => {
        const status = o.notRun ? 'not-run' : o.passed ? 'passed' : 'failed';
        const state = STATES[status];
        const word = o.notRun ? 'not run' : o.passed ? words[0] : words[1];
        return (
          <li
            key={o.key}
            data-check={o.checkId}
            data-passed={o.passed && !o.notRun}
            data-status={status}
            className={`rounded-md border-l-4 py-1 pl-2 text-sm ${state.item}`}
          >
            <span className={`font-semibold ${state.word}`}>
              {state.mark} {word}
            </span>{' '}
            {o.title}
            <span className="block font-mono text-[13px] wrap-anywhere text-slate-800 dark:text-slate-200">
              {o.expected && (
                <>
                  expected: {o.expected}
                  <br />
                </>
              )}
              actual: {o.actual}
            </span>
            {o.note && (
              <span className="block text-sm text-slate-700 dark:text-slate-300">{o.note}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
