/** Names and ARNs derived from a scenario, spelled exactly as AWS and EKS spell them. */
import type { Scenario } from './scenario';

type IssuerNames = Pick<Scenario, 'accountId' | 'region' | 'clusterOidcId'> & {
  wiring: Pick<Scenario['wiring'], 'issuerHosting'>;
};

/**
 * The token's `iss`: on EKS `https://oidc.eks.<region>.amazonaws.com/id/<ID>`; for a
 * self-managed cluster that publishes its keys to S3, the bucket's virtual-hosted URL (the
 * webhook's self-hosted setup guide uses a bucket this way).
 */
export function issuerUrl(s: IssuerNames): string {
  return s.wiring.issuerHosting === 'eks'
    ? `https://oidc.eks.${s.region}.amazonaws.com/id/${s.clusterOidcId}`
    : `https://${selfHostedIssuerBucket(s)}.s3.${s.region}.amazonaws.com`;
}

/** The S3 bucket a self-managed cluster serves its discovery document and JWKS from. */
export function selfHostedIssuerBucket(s: Pick<Scenario, 'accountId'>): string {
  return `oidc-issuer-${s.accountId}`;
}

/**
 * The issuer IAM knows about: the provider's URL and the trust policy's condition keys. It is the
 * token's issuer unless the cluster was recreated and IAM still names the old OIDC id.
 */
export function iamIssuerUrl(s: Scenario): string {
  return issuerUrl(s.wiring.staleOidcId ? { ...s, clusterOidcId: s.wiring.staleOidcId } : s);
}

/** The account the role (and so its OIDC provider) lives in: the cluster's unless cross-account. */
export function roleAccountId(s: Scenario): string {
  return s.wiring.roleAccountId ?? s.accountId;
}

/** The issuer without `https://`: the IAM provider name and the trust-policy condition-key prefix. */
export function issuerHostPath(issuer: string): string {
  return issuer.replace(/^https:\/\//, '');
}

/** `arn:aws:iam::<account>:oidc-provider/<issuer-host-path>` */
export function oidcProviderArn(accountId: string, issuer: string): string {
  return `arn:aws:iam::${accountId}:oidc-provider/${issuerHostPath(issuer)}`;
}

/** `arn:aws:iam::<account>:role/<name>`, in the role's account. */
export function roleArn(s: Scenario): string {
  return `arn:aws:iam::${roleAccountId(s)}:role/${s.roleName}`;
}

/** The role ARN the ServiceAccount annotation carries (generated unless the scenario overrides it). */
export function annotatedRoleArn(s: Scenario): string {
  return s.wiring.roleArnAnnotation ?? roleArn(s);
}

/** `system:serviceaccount:<namespace>:<name>`: the token's `sub` (Kubernetes MakeUsername). */
export function serviceAccountSubject(namespace: string, serviceAccountName: string): string {
  return `system:serviceaccount:${namespace}:${serviceAccountName}`;
}

/** The node's EC2 instance id: a name like the others, derived from the cluster so it is stable. */
export function nodeInstanceId(scenario: Pick<Scenario, 'clusterOidcId'>): string {
  return `i-0${scenario.clusterOidcId
    .toLowerCase()
    .replace(/[^0-9a-f]/g, '')
    .padEnd(16, '0')
    .slice(0, 16)}`;
}

/** Regional STS endpoint host (the EKS webhook sets AWS_STS_REGIONAL_ENDPOINTS=regional). */
export function stsHost(region: string): string {
  return `sts.${region}.amazonaws.com`;
}

/** The global STS endpoint: older SDKs' default, served from us-east-1 over the internet. */
export const GLOBAL_STS_HOST = 'sts.amazonaws.com';

/** Regional S3 endpoint host. */
export function s3Host(region: string): string {
  return `s3.${region}.amazonaws.com`;
}

export interface ParsedRoleArn {
  partition: string;
  accountId: string;
  /** Path and name after `role/`, e.g. `s3-reader` or `team/s3-reader`. */
  roleNameWithPath: string;
  roleName: string;
}

/**
 * The role-ARN rule the pod-identity webhook checks (pkg/annotations.go), plus STS's
 * 20–2048 length bound. Returns null for anything else; never throws.
 */
export function parseRoleArn(arn: string): ParsedRoleArn | null {
  if (arn.length < 20 || arn.length > 2048) return null;
  const match = /^arn:(aws[a-z0-9-]*):iam::(\d{12}):role\/([\w\-/.@+=,]+)$/.exec(arn);
  if (!match) return null;
  const [, partition, accountId, roleNameWithPath] = match as unknown as [
    string,
    string,
    string,
    string,
  ];
  const roleName = roleNameWithPath.split('/').pop() ?? roleNameWithPath;
  return { partition, accountId, roleNameWithPath, roleName };
}
