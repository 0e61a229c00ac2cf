import { CodeBlock } from '../../components/code-block';
import { OutcomeList } from '../../components/outcome-list';
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
      <OutcomeList
        label={`${view.title}, element by element`}
        words={['match', 'no match']}
        items={view.rows.map((r, i) => ({
          key: String(i),
          passed: r.passed,
          title: (
            <>
              {r.statement} ({r.effect}): <code className="font-mono">{r.operator}</code>
              {r.key && (
                <>
                  {' '}
                  on <code className="font-mono break-all">{r.key}</code>
                </>
              )}
            </>
          ),
          expected: r.expected,
          actual: r.actual,
          note: r.explanation || undefined,
        }))}
      />
      <CodeBlock title={view.title} text={view.policyText} />
    </>
  );
}
