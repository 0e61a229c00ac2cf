/**
 * What both flows' worlds share: the names read out of the pastes (with where each came from),
 * the assumptions, and the cross-checks between pastes (another account, another partition).
 */
import type { ArnParts, PastedObjects, PasteField } from '../../sim/paste/types';
import { validateScenario } from '../../sim/validate-scenario';
import type { Assumption, ReadAs } from './types';

/** A value and the paste it came from ('assumed' when none gave it). */
export interface Sourced<T> {
  value: T;
  from: PasteField | 'assumed';
}

/** The first candidate that has a value, with its source; else the fallback, assumed. */
export function firstOf<T>(
  candidates: [T | null | undefined, PasteField][],
  fallback: T,
): Sourced<T> {
  for (const [value, from] of candidates)
    if (value !== null && value !== undefined) return { value, from };
  return { value: fallback, from: 'assumed' };
}

/** Names the fixes and commands use that the simulator's scenario has no field for. */
export interface WorldNames {
  /** The EKS cluster's name, or CLUSTER_NAME when no paste gave it. */
  clusterName: string;
  /** The Deployment that owns the pod (from its ReplicaSet), or null. */
  deploymentName: string | null;
  issuer: string;
  /** The role ARN the pod asks for, as written (it may be malformed). */
  requestedRoleArn: string;
  /** Pod Identity: whether a pasted association names the pod's ServiceAccount (null: none pasted). */
  associationMatches?: boolean | null;
}

/** A world built from pastes: the scenario to run, or the field errors that stop it. */
export interface Built<S> {
  scenario: S;
  names: WorldNames;
  readAs: ReadAs[];
  assumptions: Assumption[];
  fieldErrors: Partial<Record<PasteField, string>>;
}

export const EXAMPLE_ACCOUNT = '111122223333';
export const EXAMPLE_REGION = 'us-west-2';
/** Placeholders for names no paste gave: valid where a name must be, unmistakable in a command. */
export const UNKNOWN_CLUSTER = 'CLUSTER_NAME';
export const UNKNOWN_ROLE = 'ROLE_NAME';

/** `https://oidc.eks.<region>.amazonaws.com/id/<ID>` split, or null for any other issuer. */
export function parseEksIssuer(issuer: string): { region: string; oidcId: string } | null {
  const m = /^https:\/\/oidc\.eks\.([a-z0-9-]+)\.amazonaws\.com\/id\/([0-9A-F]{32})$/.exec(issuer);
  return m ? { region: m[1]!, oidcId: m[2]! } : null;
}

/** The Deployment a ReplicaSet belongs to: its name without the pod-template hash. */
export function deploymentOf(replicaSet: string | null): string | null {
  const m = replicaSet ? /^(.+)-[a-z0-9]{6,10}$/.exec(replicaSet) : null;
  return m ? m[1]! : null;
}

/** Every ARN the pastes hold, with its field, for the account and partition checks. */
function pastedArns(read: PastedObjects, annotationArn: ArnParts | null): [ArnParts, PasteField][] {
  const arns: [ArnParts | null | undefined, PasteField][] = [
    [read.cluster?.arn, 'cluster'],
    ...(read.oidcProviders?.providers ?? []).map(
      (p) => [p.arn, 'oidcProviders'] as [ArnParts | null, PasteField],
    ),
    [read.role?.arn, 'role'],
    [annotationArn, 'serviceAccount'],
    [read.association?.roleArn, 'association'],
  ];
  return arns.filter((a): a is [ArnParts, PasteField] => Boolean(a[0]));
}

/**
 * Partition first: IAM, STS and EKS are separate in each partition, so a role or provider in
 * `aws-cn` can never serve a cluster in `aws`. The simulator runs the `aws` partition only.
 */
export function partitionErrors(
  read: PastedObjects,
  annotationArn: ArnParts | null,
): Partial<Record<PasteField, string>> {
  const errors: Partial<Record<PasteField, string>> = {};
  const arns = pastedArns(read, annotationArn);
  const reference = arns.find(([a]) => a.partition === 'aws') ?? arns[0];
  for (const [arn, field] of arns) {
    if (errors[field] || arn.partition === 'aws') continue;
    errors[field] =
      reference && reference[0].partition !== arn.partition
        ? `${arn.arn} is in the ${arn.partition} partition, but ${reference[0].arn} is in ${reference[0].partition}. IAM, STS and EKS are separate in each partition: a cluster in one can never use a role or OIDC provider of another. Paste the object from the cluster's partition.`
        : `${arn.arn} is in the ${arn.partition} partition. This page runs the aws partition (the commercial regions) only; its names and endpoints differ in ${arn.partition}.`;
  }
  return errors;
}

/** A provider list from another account than the role's: IAM looks providers up in the role's account. */
export function providerAccountError(read: PastedObjects, roleAccount: string): string | undefined {
  const other = read.oidcProviders?.providers.find((p) => p.arn && p.arn.accountId !== roleAccount);
  if (!other?.arn) return undefined;
  return `This provider list is from account ${other.arn.accountId}, but the role is in account ${roleAccount}: STS looks the provider up in the role's account. Run \`aws iam list-open-id-connect-providers\` with credentials for ${roleAccount} (check with \`aws sts get-caller-identity\`).`;
}

/** The bucket names a permission policy names (`arn:aws:s3:::name` and `…/*`), if any. */
export function bucketsIn(policy: string | undefined): string[] {
  if (!policy) return [];
  const names = [...policy.matchAll(/arn:aws:s3:::([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?=[/"])/g)];
  return [...new Set(names.map((m) => m[1]!))];
}

/**
 * Which ServiceAccount the pod runs as, and where that was read: the token says what the pod
 * presents, the pod what it was created with, then the pasted ServiceAccount (and, for EKS Pod
 * Identity, the association) name one.
 */
export function runsAs(read: PastedObjects): { namespace: Sourced<string>; name: Sourced<string> } {
  const { token, pod, serviceAccount: sa, association } = read;
  return {
    namespace: firstOf(
      [
        [token?.namespace, 'token'],
        [pod?.namespace, 'pod'],
        [sa?.namespace, 'serviceAccount'],
        [association?.namespace, 'association'],
      ],
      'default',
    ),
    name: firstOf(
      [
        [token?.serviceAccount, 'token'],
        [pod?.serviceAccountName, 'pod'],
        [sa?.name, 'serviceAccount'],
        [association?.serviceAccount, 'association'],
      ],
      'default',
    ),
  };
}

/**
 * The lab's rules on the names read from the pastes: a name no rule accepts is the paste's
 * fault, so its message goes to the field it came from (names that were assumed are valid).
 */
export function nameErrors(
  names: Parameters<typeof validateScenario>[0],
  sourceOf: Partial<Record<string, PasteField | 'assumed'>>,
): Partial<Record<PasteField, string>> {
  const errors: Partial<Record<PasteField, string>> = {};
  for (const [name, message] of Object.entries(validateScenario(names))) {
    const field = sourceOf[name];
    if (field && field !== 'assumed') errors[field] ??= message;
  }
  return errors;
}
