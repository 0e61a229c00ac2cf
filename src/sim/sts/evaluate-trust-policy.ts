import { formDecode } from '../http';
import { evaluatePolicies, parsePolicy, type ConditionResult } from '../iam/policy';
import { oidcConditionKey } from '../iam/oidc-condition-keys';
import { lintTrustPolicy, type Finding } from '../iam/lint-trust-policy';
import { issuerHostPath } from '../names';
import type { World } from '../prepare-world';
import type { Check } from '../result';
import type { RunEnvironment } from '../run-environment';
import type { IamToOidcStep, IamToStsStep, PodToStsStep, StsToIamStep } from '../steps';
import { stsErrors } from './errors';
import { stsErrorResponse } from './responses';

const HOP = 'iam-to-sts';
const ACTION = 'sts:AssumeRoleWithWebIdentity';

/**
 * Step 4. The role's trust policy is evaluated for the request: Federated principal = the
 * provider's ARN, action sts:AssumeRoleWithWebIdentity, and the condition keys IAM derives from
 * the verified token (`<issuer-host-path>:sub`, `:aud`). No Allow → AccessDenied.
 * "IAM answers STS" is the six-step story's name for this; inside AWS it is one service decision.
 */
export function evaluateTrustPolicy(
  world: World,
  sent: PodToStsStep,
  lookup: StsToIamStep,
  verified: IamToOidcStep,
  env: RunEnvironment,
): IamToStsStep {
  const now = env.clock.now();
  const roleArn = new Map(formDecode(sent.request?.body ?? '')).get('RoleArn') ?? '';
  const claims = verified.verifiedClaims;
  const host = issuerHostPath(claims?.iss ?? '');
  const conditionKeys: Record<string, string[]> = claims
    ? {
        [oidcConditionKey(host, 'sub')]: [claims.sub],
        [oidcConditionKey(host, 'aud')]: [...claims.aud],
      }
    : {};
  const checks: Check[] = [];
  let findings: Finding[] = [];
  const denied = (evaluation: IamToStsStep['evaluation']): IamToStsStep => {
    const error = stsErrors.trustPolicyDenied(HOP);
    return {
      roleArn,
      conditionKeys,
      evaluation,
      findings,
      ok: false,
      checks,
      error,
      errorResponse: stsErrorResponse(error, sent.requestId, now),
    };
  };

  // A role that does not exist is indistinguishable from one that does not trust you.
  const role = world.iam.roles.find((r) => r.Arn === roleArn);
  checks.push({
    id: 'role-exists',
    label: 'The requested role exists',
    passed: role !== undefined,
    expected: roleArn,
    actual: role
      ? role.Arn
      : `(no such role; account has ${world.iam.roles.map((r) => r.Arn).join(', ')})`,
  });
  if (!role) return denied(null);

  const parsed = parsePolicy(role.AssumeRolePolicyDocument);
  checks.push({
    id: 'trust-policy-valid',
    label: 'The trust policy is a valid policy document',
    passed: parsed.ok,
    expected: 'valid policy JSON',
    actual: parsed.ok ? 'valid' : parsed.error.message,
  });
  if (!parsed.ok) return denied(null);

  findings = lintTrustPolicy(parsed.value, host, lookup.provider?.ClientIDList ?? null);
  const evaluation = evaluatePolicies([parsed.value], {
    principal: { type: 'Federated', id: lookup.provider?.Arn ?? '' },
    action: ACTION,
    keys: conditionKeys,
  });
  evaluation.statements.forEach((s) => {
    const name = s.sid ? `Statement "${s.sid}"` : `Statement ${s.index + 1}`;
    checks.push({
      id: `statement-${s.index}-principal`,
      label: `${name}: Principal matches the provider`,
      passed: s.principalMatched,
      expected: 'Federated principal listed in the statement',
      actual: lookup.provider?.Arn ?? '',
    });
    checks.push({
      id: `statement-${s.index}-action`,
      label: `${name}: Action matches`,
      passed: s.actionMatched,
      expected: 'action listed in the statement',
      actual: ACTION,
    });
    s.conditions.forEach((c, i) =>
      checks.push(conditionCheck(`statement-${s.index}-condition-${i}`, name, c)),
    );
  });
  const allowed = evaluation.decision === 'Allow';
  checks.push({
    id: 'trust-decision',
    label: 'Trust policy allows the request',
    passed: allowed,
    expected: 'Allow',
    actual:
      evaluation.decision === 'ExplicitDeny'
        ? 'Explicit Deny'
        : evaluation.decision === 'ImplicitDeny'
          ? 'Implicit deny (no statement allows)'
          : 'Allow',
  });
  if (!allowed) return denied(evaluation);
  return {
    roleArn,
    conditionKeys,
    evaluation,
    findings,
    ok: true,
    checks,
    error: null,
    errorResponse: null,
  };
}

/** One condition as a check: operator and key, expected vs actual values. */
export function conditionCheck(id: string, statement: string, c: ConditionResult): Check {
  return {
    id,
    label: `${statement}: ${c.operator} ${c.key}`,
    passed: c.passed,
    expected: c.expected.join(' or '),
    actual: c.actual === null ? '(key absent from the request)' : c.actual.join(', '),
    note: c.explanation,
  };
}
