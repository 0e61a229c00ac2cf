import { OutcomeList } from '../../components/outcome-list';
import type { Check } from '../../sim';

/** Every comparison the step made, with the values compared. */
export function CheckList({ checks }: { checks: Check[] }) {
  if (checks.length === 0) return null;
  return (
    <section aria-labelledby="checks-title">
      <h3 id="checks-title" className="mb-1 text-sm font-bold">
        Checks in this step
      </h3>
      <OutcomeList
        label="Checks in this step"
        items={checks.map((c) => ({
          key: c.id,
          checkId: c.id,
          passed: c.passed,
          title: c.label,
          expected: c.expected,
          actual: c.actual,
          note: c.note,
        }))}
      />
    </section>
  );
}
