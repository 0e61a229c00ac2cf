/**
 * IAM's decision over a set of policies (reference_policies_evaluation-logic; docs/aws-facts.md, "IAM: policy evaluation"):
 * an explicit Deny anywhere wins, otherwise an explicit Allow, otherwise the default
 * implicit deny.
 */
import { keyLookup } from './evaluate-condition';
import { evaluateStatement } from './evaluate-statement';
import type { PolicyDocument, PolicyEvaluation, RequestContext, StatementResult } from './types';

/**
 * Evaluate one or more policies together as IAM does: any applicable Deny → ExplicitDeny;
 * else any applicable Allow → Allow; else ImplicitDeny. Every statement is reported.
 */
export function evaluatePolicies(
  policies: PolicyDocument[],
  request: RequestContext,
): PolicyEvaluation {
  const keys = keyLookup(request.keys ?? {});
  const statements: StatementResult[] = [];
  policies.forEach((policy, policyIndex) => {
    policy.statements.forEach((statement, index) => {
      statements.push(evaluateStatement(statement, request, keys, policyIndex, index));
    });
  });
  const applied = statements.filter((s) => s.applies);
  if (applied.some((s) => s.effect === 'Deny')) return { decision: 'ExplicitDeny', statements };
  if (applied.some((s) => s.effect === 'Allow')) return { decision: 'Allow', statements };
  return { decision: 'ImplicitDeny', statements };
}
