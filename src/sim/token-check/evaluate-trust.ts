import { lintTrustPolicy } from '../iam/lint-trust-policy';
import { oidcConditionKey } from '../iam/oidc-condition-keys';
import { evaluatePolicies, parsePolicy } from '../iam/policy';
import { issuerHostPath } from '../names';
import { describeParseError } from '../parse-result';
import { stsErrors } from '../sts/errors';
import { notRun, type RecordCheck, type TokenReport } from './types';

const CHECK = {
  id: 'trust-policy',
  label: 'The trust policy allows this token',
  expected: 'Allow',
};

/**
 * Evaluate a pasted trust policy against the token's claims, as IAM would for this issuer;
 * "not run" when there is none or it cannot be read.
 */
export function evaluateTrust(
  text: string,
  iss: string,
  claims: Record<string, unknown>,
  aud: string[],
  report: TokenReport,
  check: RecordCheck,
) {
  if (text.trim() === '') {
    check(notRun(CHECK, 'no trust policy was pasted'));
    return;
  }
  const parsed = parsePolicy(text);
  if (!parsed.ok) {
    report.fieldErrors.trustPolicy = describeParseError(parsed.error);
    check(notRun(CHECK, 'the trust policy could not be read (see the Trust policy field)'));
    return;
  }
  const host = issuerHostPath(iss);
  // The provider IAM would have found for this issuer: the Federated principal that names it.
  const listed = parsed.value.statements.flatMap((s) =>
    s.principal === '*' ? [] : (s.principal?.Federated ?? []),
  );
  const provider =
    listed.find((arn) => arn.endsWith(`:oidc-provider/${host}`)) ??
    `arn:aws:iam::<account>:oidc-provider/${host}`;
  const evaluation = evaluatePolicies([parsed.value], {
    principal: { type: 'Federated', id: provider },
    action: 'sts:AssumeRoleWithWebIdentity',
    keys: {
      [oidcConditionKey(host, 'sub')]: typeof claims.sub === 'string' ? [claims.sub] : [],
      [oidcConditionKey(host, 'aud')]: aud,
    },
  });
  report.trust = { evaluation, findings: lintTrustPolicy(parsed.value, host, null) };
  check(
    {
      ...CHECK,
      passed: evaluation.decision === 'Allow',
      actual: evaluation.decision,
    },
    stsErrors.trustPolicyDenied('iam-to-sts'),
  );
}
