/**
 * Each editable scenario field checked with the real AWS or Kubernetes rule. The message names
 * the rule, so the learner knows what to change. Never throws.
 */
import { clip } from './iam/policy/clip';
import type { Scenario } from './scenario';

/** A value quoted in a message, clipped: a pasted megabyte must not become the message. */
const quoted = (value: string) => `"${clip(value, 100)}"`;

export type ScenarioField =
  | 'accountId'
  | 'region'
  | 'clusterOidcId'
  | 'namespace'
  | 'serviceAccountName'
  | 'podName'
  | 'roleName'
  | 'bucketNames'
  | 'kubernetesVersion'
  | 'tokenExpirationSeconds'
  | 'sessionDurationSeconds'
  | 'roleMaxSessionDurationSeconds';

/** AWS commercial regions (the aws partition), as of 2025. */
export const COMMERCIAL_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-south-1',
  'ap-south-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-south-1',
  'eu-south-2',
  'eu-north-1',
  'il-central-1',
  'me-south-1',
  'me-central-1',
  'mx-central-1',
  'sa-east-1',
];

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Kubernetes DNS-1123 label: namespaces. */
function dnsLabel(value: string, what: string): string | null {
  if (value.length === 0) return `${what} is required.`;
  if (value.length > 63)
    return `${what} must be at most 63 characters (DNS-1123 label); it has ${value.length}.`;
  if (!DNS1123_LABEL.test(value)) {
    return `${what} must be a DNS-1123 label: lowercase letters, digits and "-", starting and ending with a letter or digit.`;
  }
  return null;
}

/** Kubernetes DNS-1123 subdomain: service accounts, pods. */
function dnsSubdomain(value: string, what: string): string | null {
  if (value.length === 0) return `${what} is required.`;
  if (value.length > 253)
    return `${what} must be at most 253 characters (DNS-1123 subdomain); it has ${value.length}.`;
  if (!value.split('.').every((part) => DNS1123_LABEL.test(part))) {
    return `${what} must be a DNS-1123 subdomain: lowercase letters, digits, "-" and ".", each dot-separated part starting and ending with a letter or digit.`;
  }
  return null;
}

/** S3 general purpose bucket naming rules. */
export function bucketNameError(name: string): string | null {
  if (name.length < 3 || name.length > 63)
    return `${quoted(name)}: bucket names are 3–63 characters long.`;
  if (!/^[a-z0-9.-]+$/.test(name))
    return `${quoted(name)}: bucket names use only lowercase letters, digits, "." and "-".`;
  if (!/^[a-z0-9].*[a-z0-9]$/.test(name))
    return `${quoted(name)}: bucket names begin and end with a letter or digit.`;
  if (name.includes('..'))
    return `${quoted(name)}: bucket names must not contain two adjacent periods.`;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name))
    return `${quoted(name)}: bucket names must not look like an IP address.`;
  for (const prefix of ['xn--', 'sthree-', 'amzn-s3-demo-']) {
    if (name.startsWith(prefix))
      return `${quoted(name)}: bucket names must not start with the reserved prefix "${prefix}".`;
  }
  for (const suffix of ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3']) {
    if (name.endsWith(suffix))
      return `${quoted(name)}: bucket names must not end with the reserved suffix "${suffix}".`;
  }
  return null;
}

function inRange(
  value: number,
  min: number,
  max: number,
  what: string,
  rule: string,
): string | null {
  if (!Number.isInteger(value)) return `${what} must be a whole number of seconds.`;
  if (value < min || value > max)
    return `${what} must be between ${min} and ${max} seconds (${rule}); it is ${value}.`;
  return null;
}

/** Field → message for every field that breaks its rule; empty when the scenario is valid. */
export function validateScenario(s: Scenario): Partial<Record<ScenarioField, string>> {
  const errors: Partial<Record<ScenarioField, string | null>> = {
    accountId: /^\d{12}$/.test(s.accountId) ? null : 'An AWS account ID is exactly 12 digits.',
    region: COMMERCIAL_REGIONS.includes(s.region)
      ? null
      : `${quoted(s.region)} is not an AWS commercial region (for example us-west-2).`,
    clusterOidcId: /^[0-9A-F]{32}$/.test(s.clusterOidcId)
      ? null
      : 'The cluster OIDC id is 32 uppercase hexadecimal characters (0–9, A–F), as at the end of the issuer URL.',
    namespace: dnsLabel(s.namespace, 'A namespace'),
    serviceAccountName: dnsSubdomain(s.serviceAccountName, 'A service account name'),
    podName: dnsSubdomain(s.podName, 'A pod name'),
    roleName: /^[\w+=,.@-]{1,64}$/.test(s.roleName)
      ? null
      : 'A role name is 1–64 characters from letters, digits and + = , . @ _ -.',
    bucketNames:
      s.bucketNames.length === 0
        ? 'Give at least one bucket name.'
        : (s.bucketNames.map(bucketNameError).find((e) => e !== null) ?? null),
    kubernetesVersion: /^1\.\d{1,2}$/.test(s.kubernetesVersion)
      ? null
      : `${quoted(s.kubernetesVersion)} is not a Kubernetes minor version: write it as 1.<minor>, for example 1.34.`,
    tokenExpirationSeconds: inRange(
      s.tokenExpirationSeconds,
      600,
      86400,
      'The token lifetime',
      'the webhook clamps below 600; EKS allows at most 24 hours',
    ),
    sessionDurationSeconds: inRange(
      s.sessionDurationSeconds,
      900,
      43200,
      'The session duration',
      'STS DurationSeconds',
    ),
    roleMaxSessionDurationSeconds: inRange(
      s.roleMaxSessionDurationSeconds,
      3600,
      43200,
      "The role's maximum session duration",
      'IAM MaxSessionDuration, 1–12 hours',
    ),
  };
  return Object.fromEntries(Object.entries(errors).filter(([, v]) => v !== null));
}
