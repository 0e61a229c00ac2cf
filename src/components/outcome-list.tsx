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
}

/**
 * Comparisons shown as passed/failed in words (not colour alone), each with both values:
 * checks of a step, policy elements, token checks.
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
      {items.map((o) => (
        <li
          key={o.key}
          data-check={o.checkId}
          data-passed={o.passed}
          className={`rounded-md border-l-4 py-1 pl-2 text-sm ${o.passed ? 'border-green-700 dark:border-green-400' : 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950'}`}
        >
          <span
            className={`font-semibold ${o.passed ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-200'}`}
          >
            {o.passed ? `✓ ${words[0]}` : `✕ ${words[1]}`}
          </span>{' '}
          {o.title}
          <span className="block font-mono text-xs break-all text-slate-800 dark:text-slate-200">
            expected: {o.expected}
            <br />
            actual: {o.actual}
          </span>
          {o.note && (
            <span className="block text-xs text-slate-700 dark:text-slate-300">{o.note}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
