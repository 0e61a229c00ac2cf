import type { Check } from '../../sim';

/** Every comparison the step made: passed or failed (in words, not only colour), with both values. */
export function CheckList({ checks }: { checks: Check[] }) {
  if (checks.length === 0) return null;
  return (
    <section aria-labelledby="checks-title">
      <h3 id="checks-title" className="mb-1 text-sm font-bold">
        Checks in this step
      </h3>
      <ul className="space-y-1.5">
        {checks.map((c) => (
          <li
            key={c.id}
            data-check={c.id}
            data-passed={c.passed}
            className={`rounded-md border-l-4 py-1 pl-2 text-sm ${c.passed ? 'border-green-700 dark:border-green-400' : 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950'}`}
          >
            <span
              className={`font-semibold ${c.passed ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-200'}`}
            >
              {c.passed ? '✓ passed' : '✕ failed'}
            </span>{' '}
            {c.label}
            <span className="block font-mono text-xs break-all text-slate-800 dark:text-slate-200">
              expected: {c.expected}
              <br />
              actual: {c.actual}
            </span>
            {c.note && (
              <span className="block text-xs text-slate-700 dark:text-slate-300">{c.note}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
