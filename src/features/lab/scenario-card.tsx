import { Button } from '../../components/button';
import { CodeBlock } from '../../components/code-block';
import { catalogueOf, selectFindings } from '../../machine';
import { IrsaActor } from '../irsa-actor';

interface ScenarioCardProps {
  id: string;
  fixed: boolean;
  onApplyFix: () => void;
  onBreakAgain: () => void;
}

/** The chosen scenario: what breaks and why, "Apply the fix", and how to check a real cluster. */
export function ScenarioCard({ id, fixed, onApplyFix, onBreakAgain }: ScenarioCardProps) {
  const scenario = IrsaActor.useSelector((s) => s.context.scenario);
  const catalogue = IrsaActor.useSelector((s) => catalogueOf(s.context.flow.id));
  const findings = IrsaActor.useSelector(selectFindings);
  const entry = catalogue.entry(id);
  const fill = (text: string) => catalogue.fill(text, scenario);
  return (
    <section
      aria-labelledby="scenario-title"
      className="space-y-2 rounded-lg border border-slate-300 p-3 dark:border-slate-700"
    >
      <h2 id="scenario-title" className="text-base font-bold">
        {entry ? entry.title : 'Custom scenario'}
        {fixed && (
          <span className="ml-2 text-sm font-semibold text-green-800 dark:text-green-300">
            (fix applied)
          </span>
        )}
      </h2>
      {entry?.historical && (
        <p className="text-sm font-semibold text-amber-900 dark:text-amber-200">
          Historical: {entry.historical}. Today&apos;s clusters no longer fail this way.
        </p>
      )}
      {entry && <p className="text-sm">{fill(entry.cause)}</p>}
      {entry?.flag && !fixed && (
        <p
          role="note"
          className="rounded-md border-2 border-amber-700 p-2 text-sm font-semibold dark:border-amber-400"
        >
          ⚠ {entry.flag}
        </p>
      )}
      {entry?.expected.awsCode && !fixed && (
        <p className="text-sm">
          <strong>Expect: </strong>step {entry.expected.step} fails with{' '}
          <code className="font-mono">{entry.expected.awsCode}</code>.
        </p>
      )}
      {findings.length > 0 && (
        <ul aria-label="Trust policy findings" className="space-y-1 text-sm">
          {findings.map((f) => (
            <li
              key={f.message}
              className="rounded-md bg-amber-50 p-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100"
            >
              <strong>{f.severity === 'risk' ? 'Security hole: ' : 'Never matches: '}</strong>
              {f.message}
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-2">
        {entry?.fix && !fixed && (
          <Button variant="primary" onClick={onApplyFix}>
            Apply the fix
          </Button>
        )}
        {entry?.fix && fixed && <Button onClick={onBreakAgain}>Break it again</Button>}
        {entry?.fix && (
          <span className="self-center text-sm text-slate-700 dark:text-slate-300">
            Fix: {fill(entry.fix.summary)}
          </span>
        )}
      </div>
      {entry && (
        <details>
          <summary className="cursor-pointer text-sm font-semibold">
            Check this on a real cluster
          </summary>
          <CodeBlock title="Commands (kubectl, aws)" text={entry.verify.map(fill).join('\n')} />
        </details>
      )}
    </section>
  );
}
