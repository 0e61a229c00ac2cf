import { CodeBlock } from '../../components/code-block';
import { selectPolicyView } from '../../machine';
import { IrsaActor } from '../irsa-actor';

const DECISION = {
  Allow: 'Allow',
  ExplicitDeny: 'Explicit deny',
  ImplicitDeny: 'Implicit deny: no statement allows',
};

/** The trust (step 4) or permission (step 6) policy, element by element and condition by condition. */
export function PolicyPanel() {
  const view = IrsaActor.useSelector(selectPolicyView);
  if (!view)
    return <p>The trust policy is evaluated in step 4, the permission policy in step 6.</p>;
  return (
    <>
      <h2 className="font-bold">
        {view.title}:{' '}
        <span
          data-decision={view.decision}
          className={
            view.decision === 'Allow'
              ? 'text-green-800 dark:text-green-300'
              : 'text-red-800 dark:text-red-300'
          }
        >
          {view.decision ? DECISION[view.decision] : 'not evaluated'}
        </span>
      </h2>
      <ul aria-label={`${view.title}, element by element`} className="space-y-1.5">
        {view.rows.map((r, i) => (
          <li
            key={i}
            data-passed={r.passed}
            className={`rounded-md border-l-4 py-1 pl-2 text-sm ${r.passed ? 'border-green-700 dark:border-green-400' : 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950'}`}
          >
            <span
              className={`font-semibold ${r.passed ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-200'}`}
            >
              {r.passed ? '✓ match' : '✕ no match'}
            </span>{' '}
            {r.statement} ({r.effect}): <code className="font-mono">{r.operator}</code>
            {r.key && (
              <>
                {' '}
                on <code className="font-mono break-all">{r.key}</code>
              </>
            )}
            <span className="block font-mono text-xs break-all text-slate-800 dark:text-slate-200">
              expected: {r.expected}
              <br />
              actual: {r.actual}
            </span>
            {r.explanation && (
              <span className="block text-xs text-slate-700 dark:text-slate-300">
                {r.explanation}
              </span>
            )}
          </li>
        ))}
      </ul>
      <CodeBlock title={view.title} text={view.policyText} />
    </>
  );
}
