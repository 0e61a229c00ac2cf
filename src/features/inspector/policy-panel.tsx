import { CodeBlock } from '../../components/code-block';
import { selectPolicyView } from '../../machine';
import { IrsaActor } from '../irsa-actor';

const DECISION = {
  Allow: 'Allow',
  ExplicitDeny: 'Explicit deny',
  ImplicitDeny: 'Implicit deny: no statement allows',
};

/** The trust (step 4) or permission (step 6) policy, condition by condition. */
export function PolicyPanel() {
  const view = IrsaActor.useSelector(selectPolicyView);
  if (!view)
    return <p>The trust policy is evaluated in step 4, the permission policy in step 6.</p>;
  return (
    <>
      <p className="font-semibold">
        {view.title}:{' '}
        <span data-decision={view.decision}>
          {view.decision ? DECISION[view.decision] : 'not evaluated'}
        </span>
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{view.title}, element by element</caption>
          <thead>
            <tr className="border-b border-slate-400">
              {['Statement', 'Element / operator', 'Key', 'Expected', 'Actual', 'Result'].map(
                (h) => (
                  <th key={h} scope="col" className="p-1.5">
                    {h}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r, i) => (
              <tr key={i} className="border-b border-slate-200 align-top dark:border-slate-800">
                <td className="p-1.5">
                  {r.statement} ({r.effect})
                </td>
                <td className="p-1.5 font-mono text-xs">{r.operator}</td>
                <td className="p-1.5 font-mono text-xs break-all">{r.key}</td>
                <td className="p-1.5 font-mono text-xs break-all">{r.expected}</td>
                <td className="p-1.5 font-mono text-xs break-all">{r.actual}</td>
                <td
                  className={`p-1.5 font-semibold ${r.passed ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'}`}
                >
                  {r.passed ? '✓ match' : '✕ no match'}
                  {r.explanation && (
                    <span className="block text-xs font-normal text-slate-700 dark:text-slate-300">
                      {r.explanation}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CodeBlock title={view.title} text={view.policyText} />
    </>
  );
}
