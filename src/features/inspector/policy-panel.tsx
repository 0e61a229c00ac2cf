import { useId } from 'react';
import { CodeBlock } from '../../components/code-block';
import { selectPolicyView, type PolicyView } from '../../machine';
import { IrsaActor } from '../irsa-actor';
import { PolicyTable } from './policy-table';

const DECISION: Record<NonNullable<PolicyView['decision']>, string> = {
  Allow: 'Allow',
  ExplicitDeny: 'Explicit deny',
  ImplicitDeny: 'Implicit deny: no statement allows',
};

/**
 * The trust (step 4) or permission (step 6) policy: the decision in a box of its own (in words
 * and a sign, not colour alone), element by element, then the policy's JSON.
 */
export function PolicyPanel() {
  const headingId = useId();
  const view = IrsaActor.useSelector(selectPolicyView);
  if (!view)
    return <p>The trust policy is evaluated in step 4, the permission policy in step 6.</p>;
  const { decision } = view;
  const style =
    decision === null
      ? 'border-slate-500 text-slate-900 dark:border-slate-400 dark:text-slate-100'
      : decision === 'Allow'
        ? 'border-green-700 bg-green-50 text-green-900 dark:border-green-400 dark:bg-green-950 dark:text-green-100'
        : 'border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100';
  return (
    <>
      <div>
        <h2 id={headingId} className="text-lg font-bold">
          {view.title}
        </h2>
        <p
          data-decision={decision}
          className={`mt-1 inline-block rounded-md border-2 px-2 py-1 font-bold ${style}`}
        >
          Decision:{' '}
          {decision === null ? (
            'not evaluated'
          ) : (
            <>
              <span aria-hidden="true">{decision === 'Allow' ? '✓ ' : '✕ '}</span>
              {DECISION[decision]}
            </>
          )}
        </p>
      </div>
      {view.rows.length > 0 ? (
        <PolicyTable rows={view.rows} labelledBy={headingId} />
      ) : (
        <p>No statement was evaluated.</p>
      )}
      <CodeBlock title={`${view.title} (JSON)`} text={view.policyText} />
    </>
  );
}
