/**
 * Policies the exercises start from or are solved with, beyond the catalogue's
 * (../scenarios/policies.ts). {{placeholders}} are filled from the intended pod's names when the
 * exercise runs, so an attacker's pod is judged against the policy written for the intended one.
 */

import { trustPolicyForSub } from '../scenarios/policies';

const SUBJECT = 'system:serviceaccount:{{namespace}}:{{serviceAccount}}';

/** The intended pod of most exercises, as its token's sub says it. */
export const INTENDED_SUB = 'system:serviceaccount:default:my-service-account';

/** The fix most trust-policy exercises expect: :sub pinned to the intended pod. */
export const PIN_INTENDED_SUB = { wiring: { trustPolicy: trustPolicyForSub(INTENDED_SUB) } };

/** The same with StringLike: without a wildcard it matches exactly, so it is as tight. */
export const PIN_INTENDED_SUB_LIKE = {
  wiring: { trustPolicy: trustPolicyForSub(INTENDED_SUB, 'StringLike') },
};

/** A second cluster of the same account and region (a blue/green pair): its OIDC id. */
export const GREEN_CLUSTER_OIDC_ID = '0A1B2C3D4E5F60718293A4B5C6D7E8F9';
const GREEN_HOST_PATH = `oidc.eks.{{region}}.amazonaws.com/id/${GREEN_CLUSTER_OIDC_ID}`;
const GREEN_PROVIDER_ARN = `arn:aws:iam::{{accountId}}:oidc-provider/${GREEN_HOST_PATH}`;

type Condition = Record<string, Record<string, string>>;

/** One Allow statement for a provider's tokens, with its conditions (none when empty). */
function statement(provider: string, condition: Condition, sid?: string) {
  return {
    ...(sid ? { Sid: sid } : {}),
    Effect: 'Allow',
    Principal: { Federated: provider },
    Action: 'sts:AssumeRoleWithWebIdentity',
    ...(Object.keys(condition).length ? { Condition: condition } : {}),
  };
}

const policy = (...statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);

const pinned = (hostPath: string, sub = SUBJECT, aud = 'sts.amazonaws.com'): Condition => ({
  StringEquals: { [`${hostPath}:sub`]: sub, [`${hostPath}:aud`]: aud },
});
const audOnly = (hostPath: string): Condition => ({
  StringEquals: { [`${hostPath}:aud`]: 'sts.amazonaws.com' },
});

/** The EKS shape with another audience than sts.amazonaws.com in :aud. */
export const trustPolicyForAudience = (aud: string) =>
  policy(statement('{{providerArn}}', pinned('{{issuerHostPath}}', SUBJECT, aud)));

/** This cluster pinned to the pod; a second statement, for the same provider, pins only :aud. */
export const TRUST_POLICY_LOOSE_SECOND_STATEMENT = policy(
  statement('{{providerArn}}', pinned('{{issuerHostPath}}'), 'App'),
  statement('{{providerArn}}', audOnly('{{issuerHostPath}}'), 'Debugging'),
);

/** Both statements pin :sub: the second one adds nothing, and lets nobody else in. */
export const TRUST_POLICY_BOTH_STATEMENTS_PINNED = policy(
  statement('{{providerArn}}', pinned('{{issuerHostPath}}'), 'App'),
  statement('{{providerArn}}', pinned('{{issuerHostPath}}'), 'Debugging'),
);

/** The second statement given a wide StringLike :sub: every ServiceAccount still matches it. */
export const TRUST_POLICY_SECOND_STATEMENT_ANY_SUB = policy(
  statement('{{providerArn}}', pinned('{{issuerHostPath}}'), 'App'),
  statement(
    '{{providerArn}}',
    {
      StringLike: {
        '{{issuerHostPath}}:sub': 'system:serviceaccount:*:*',
        '{{issuerHostPath}}:aud': 'sts.amazonaws.com',
      },
    },
    'Debugging',
  ),
);

/** Two clusters, one statement each; the green cluster's pins only :aud. */
export const TRUST_POLICY_GREEN_WITHOUT_SUB = policy(
  statement('{{providerArn}}', pinned('{{issuerHostPath}}'), 'Blue'),
  statement(GREEN_PROVIDER_ARN, audOnly(GREEN_HOST_PATH), 'Green'),
);

/** Two clusters, one statement each, both pinned to the same ServiceAccount. */
export const TRUST_POLICY_GREEN_PINNED = policy(
  statement('{{providerArn}}', pinned('{{issuerHostPath}}'), 'Blue'),
  statement(GREEN_PROVIDER_ARN, pinned(GREEN_HOST_PATH), 'Green'),
);

/** The green statement with the namespace wildcarded: any ServiceAccount in default matches. */
export const TRUST_POLICY_GREEN_NAMESPACE_WILDCARD = policy(
  statement('{{providerArn}}', pinned('{{issuerHostPath}}'), 'Blue'),
  statement(
    GREEN_PROVIDER_ARN,
    {
      StringLike: {
        [`${GREEN_HOST_PATH}:sub`]: 'system:serviceaccount:{{namespace}}:*',
        [`${GREEN_HOST_PATH}:aud`]: 'sts.amazonaws.com',
      },
    },
    'Green',
  ),
);

/** Green cluster dropped: only this cluster's statement is left. */
export const TRUST_POLICY_BLUE_ONLY = policy(
  statement('{{providerArn}}', pinned('{{issuerHostPath}}'), 'Blue'),
);

/** A permission policy, as the lab's editor holds one. */
export const permissionPolicy = (...statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
