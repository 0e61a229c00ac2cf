/**
 * Fixtures shared by the policy tests: the IRSA trust policy from the EKS user guide
 * (docs/aws-facts.md, "IAM: policy evaluation"; region us-west-2) and a table-row runner. Test-only.
 */
import { expect } from 'vitest';
import { evaluatePolicies } from './evaluate-policies';
import { parsePolicy } from './parse-policy';
import type { Decision, PolicyDocument, RequestContext } from './types';

export const ISSUER_HOST = 'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';
export const PROVIDER_ARN = `arn:aws:iam::111122223333:oidc-provider/${ISSUER_HOST}`;
export const SUB = `${ISSUER_HOST}:sub`;
export const AUD = `${ISSUER_HOST}:aud`;
export const MY_SA = 'system:serviceaccount:default:my-service-account';

/** A one-statement policy document as JSON-ready data. */
export function doc(...statements: object[]): object {
  return { Version: '2012-10-17', Statement: statements };
}

/** The trust policy AWS's EKS guide shows, with a replaceable Condition. */
export function trust(condition?: object): object {
  return doc({
    Effect: 'Allow',
    Principal: { Federated: PROVIDER_ARN },
    Action: 'sts:AssumeRoleWithWebIdentity',
    ...(condition ? { Condition: condition } : {}),
  });
}

/** The guide's exact trust policy: StringEquals on :sub and :aud. */
export const GUIDE_TRUST = trust({ StringEquals: { [SUB]: MY_SA, [AUD]: 'sts.amazonaws.com' } });

/** AssumeRoleWithWebIdentity by the cluster's provider, with a token for `sub`. */
export function irsa(sub = MY_SA, aud = 'sts.amazonaws.com'): RequestContext {
  return {
    principal: { type: 'Federated', id: PROVIDER_ARN },
    action: 'sts:AssumeRoleWithWebIdentity',
    keys: { [SUB]: [sub], [AUD]: [aud] },
  };
}

/** An identity-policy request, by default the pod's S3 ListBuckets call. */
export function call(
  action = 's3:ListAllMyBuckets',
  resource = 'arn:aws:s3:::*',
  keys: Record<string, string[]> = {},
): RequestContext {
  return { action, resource, keys };
}

/** Allow s3:ListAllMyBuckets under one Condition element. */
export function allowIf(condition: object): object {
  return doc({
    Effect: 'Allow',
    Action: 's3:ListAllMyBuckets',
    Resource: '*',
    Condition: condition,
  });
}

/** Allow everything in one policy, deny everything under `condition` in another. */
export function denyIf(condition: object): object[] {
  return [
    doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
    doc({ Effect: 'Deny', Action: '*', Resource: '*', Condition: condition }),
  ];
}

/** The pod's S3 call carrying these condition keys. */
export function withKeys(keys: Record<string, string[]>): RequestContext {
  return call('s3:ListAllMyBuckets', 'arn:aws:s3:::*', keys);
}

/** Parses JSON-ready data through the real parser; a fixture that fails to parse is a test bug. */
export function parsed(policy: object): PolicyDocument {
  const result = parsePolicy(JSON.stringify(policy));
  if (!result.ok) throw new Error(`fixture does not parse: ${result.error.message}`);
  return result.value;
}

/** One row of an evaluator table. */
export interface Row {
  rule: string;
  policies: object[];
  request: RequestContext;
  decision: Decision;
  /** Expected outcome of one condition: statement (flattened index) and condition index default to 0. */
  condition?: { statement?: number; index?: number; passed: boolean; explains?: RegExp };
}

/** Runs a row: the decision and, when given, one condition's verdict and explanation. */
export function check(row: Row): void {
  const evaluation = evaluatePolicies(row.policies.map(parsed), row.request);
  expect(evaluation.decision).toBe(row.decision);
  if (row.condition) {
    const statement = evaluation.statements[row.condition.statement ?? 0];
    const condition = statement?.conditions[row.condition.index ?? 0];
    expect(condition?.passed).toBe(row.condition.passed);
    if (row.condition.explains) expect(condition?.explanation).toMatch(row.condition.explains);
  }
}
