import { useId } from 'react';
import { OutcomeList, outcomesOf } from '../../components/outcome-list';
import type { Check } from '../../sim';

/** Every comparison the step made, passed or failed in words, with expected and actual values. */
export function CheckList({ checks }: { checks: Check[] }) {
  const headingId = useId();
  if (checks.length === 0) return null;
  const notRun = checks.filter((c) => c.status === 'not-run').length;
  const failed = checks.filter((c) => !c.passed).length - notRun;
  const passed = checks.length - failed - notRun;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="mb-1 text-sm font-bold">
        Checks in this step{' '}
        <span className="font-normal text-slate-700 dark:text-slate-300">
          ({passed} passed{failed > 0 ? `, ${failed} failed` : ''}
          {notRun > 0 ? `, ${notRun} not run` : ''})
        </span>
      </h3>
      <OutcomeList label="Checks in this step" items={outcomesOf(checks)} />
    </section>
  );
}
