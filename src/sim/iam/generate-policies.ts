/** The policies an `eksctl create iamserviceaccount` style setup writes, as JSON text. */
import {
  issuerHostPath,
  iamIssuerUrl,
  oidcProviderArn,
  serviceAccountSubject,
  roleAccountId,
} from '../names';
import type { Scenario } from '../scenario';
import { oidcConditionKey } from './oidc-condition-keys';

/**
 * The trust policy from the EKS user guide: the cluster's provider as Federated principal,
 * `sts:AssumeRoleWithWebIdentity`, and StringEquals on `<issuer-host-path>:sub` and `:aud`.
 */
export function generateTrustPolicy(opts: {
  providerArn: string;
  issuer: string;
  subject: string;
  audience: string;
}): string {
  const host = issuerHostPath(opts.issuer);
  return pretty({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: opts.providerArn },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            [oidcConditionKey(host, 'sub')]: opts.subject,
            [oidcConditionKey(host, 'aud')]: opts.audience,
          },
        },
      },
    ],
  });
}

/** A least-privilege permission policy for the pod's one call: `s3:ListAllMyBuckets` on `*`. */
export function generatePermissionPolicy(): string {
  return pretty({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ListBuckets', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
    ],
  });
}

/**
 * The role's two policies for a scenario: its own where it gives them, otherwise what Setup
 * generates from the names (trusting exactly this cluster's provider, service account and
 * `sts.amazonaws.com`). Setup and the lab's editors both take them from here.
 */
export function rolePolicies(scenario: Scenario): { trust: string; permission: string } {
  // The issuer IAM knows: after a cluster is recreated, the generated policy still names the old one.
  const issuer = iamIssuerUrl(scenario);
  return {
    trust:
      scenario.wiring.trustPolicy ??
      generateTrustPolicy({
        providerArn: oidcProviderArn(roleAccountId(scenario), issuer),
        issuer,
        subject: serviceAccountSubject(scenario.namespace, scenario.serviceAccountName),
        audience: 'sts.amazonaws.com',
      }),
    permission: scenario.wiring.permissionPolicy ?? generatePermissionPolicy(),
  };
}

function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
