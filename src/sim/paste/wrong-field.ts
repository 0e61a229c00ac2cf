/**
 * What to say when a paste is the wrong thing for its field: where it belongs, or which command
 * prints what the field wants. Read by engineers mid-incident, so each message names the field or
 * the exact command, never just "invalid input".
 */
import { clip } from '../iam/policy/clip';
import { isRecord, recordAt, stringAt } from './paste-values';
import type { PasteField, PasteKind } from './types';

const FIELD_LABEL: Record<PasteField, string> = {
  serviceAccount: 'ServiceAccount',
  pod: 'Pod',
  cluster: 'Cluster',
  oidcProviders: 'OIDC providers',
  role: 'Role',
  permissionPolicy: 'Permission policy',
  token: 'Token',
  association: 'Pod Identity association',
  error: 'Error message',
};

/** What each field wants, as a noun after "not". */
const FIELD_WANTS: Record<PasteField, string> = {
  serviceAccount: 'a ServiceAccount',
  pod: 'a Pod',
  cluster: 'a cluster (`aws eks describe-cluster`)',
  oidcProviders: 'IAM OIDC providers',
  role: 'an IAM role (`aws iam get-role`)',
  permissionPolicy: 'a permission policy',
  token: 'a token',
  association: 'a Pod Identity association',
  error: 'an error message',
};

/** The command whose output each field reads. */
const FIELD_COMMAND: Record<PasteField, string> = {
  serviceAccount: '`kubectl get serviceaccount NAME -n NAMESPACE -o yaml`',
  pod: '`kubectl get pod NAME -n NAMESPACE -o yaml`',
  cluster: '`aws eks describe-cluster --name CLUSTER`',
  oidcProviders:
    '`aws iam list-open-id-connect-providers` (and `aws iam get-open-id-connect-provider --open-id-connect-provider-arn ARN` for its client IDs)',
  role: '`aws iam get-role --role-name ROLE`',
  permissionPolicy:
    '`aws iam get-role-policy --role-name ROLE --policy-name POLICY` or `aws iam get-policy-version --policy-arn ARN --version-id VERSION`',
  token:
    '`kubectl exec POD -n NAMESPACE -- cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token`',
  association:
    '`aws eks describe-pod-identity-association --cluster-name CLUSTER --association-id ID`',
  error: 'the command that failed',
};

/** Objects whose pods the webhook mutates: their own spec never shows the mutation. */
export const WORKLOAD_KINDS: ReadonlySet<string> = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
]);

const COMMAND_OF_KIND: Partial<Record<PasteKind['kind'], string>> = {
  'describe-cluster': 'aws eks describe-cluster',
  'oidc-provider-list': 'aws iam list-open-id-connect-providers',
  'oidc-provider': 'aws iam get-open-id-connect-provider',
  'get-role': 'aws iam get-role',
  'get-role-policy': 'aws iam get-role-policy',
  'get-policy-version': 'aws iam get-policy-version',
  'pod-identity-association': 'aws eks describe-pod-identity-association',
};

/** The field's name as the page shows it. */
export function pasteFieldLabel(field: PasteField): string {
  return FIELD_LABEL[field];
}

/**
 * The field a paste of this kind belongs in, or null when none does. A bare policy document goes
 * to Role when it has a `Principal` (a trust policy), else to Permission policy; without the
 * document itself it cannot be told.
 */
export function fieldForKind(kind: PasteKind, document?: unknown): PasteField | null {
  switch (kind.kind) {
    case 'kubernetes':
      if (kind.objectKind === 'ServiceAccount') return 'serviceAccount';
      return kind.objectKind === 'Pod' ? 'pod' : null;
    case 'describe-cluster':
      return 'cluster';
    case 'oidc-provider-list':
    case 'oidc-provider':
      return 'oidcProviders';
    case 'get-role':
      return 'role';
    case 'get-role-policy':
    case 'get-policy-version':
      return 'permissionPolicy';
    case 'pod-identity-association':
      return 'association';
    case 'policy-document':
      if (document === undefined) return null;
      return hasPrincipal(document) ? 'role' : 'permissionPolicy';
    case 'unknown':
      return null;
  }
}

/** True when a statement of the policy names a `Principal`, as trust and resource policies do. */
export function hasPrincipal(document: unknown): boolean {
  const statement = isRecord(document) ? document.Statement : undefined;
  const statements: unknown[] = Array.isArray(statement) ? statement : [statement];
  return statements.some((s) => isRecord(s) && ('Principal' in s || 'NotPrincipal' in s));
}

/**
 * Why a paste of `kind` cannot be read in `field`, and where it goes instead. `document`, when
 * given, lets the message name the namespace, labels or ServiceAccount to ask for.
 */
export function wrongFieldMessage(kind: PasteKind, field: PasteField, document?: unknown): string {
  if (kind.kind === 'unknown') return unknownMessage(field, document);
  if (kind.kind === 'kubernetes' && WORKLOAD_KINDS.has(kind.objectKind)) {
    return workloadMessage(kind.objectKind, field, document);
  }
  const what = describeKind(kind, document);
  const target = fieldForKind(kind, document);
  if (target === field)
    return `This is ${what}, but it could not be read as ${FIELD_WANTS[field]}.`;
  if (target)
    return `This is ${what}, not ${FIELD_WANTS[field]}: paste it into the ${FIELD_LABEL[target]} field.`;
  if (kind.kind === 'policy-document') {
    return `This is ${what}, not ${FIELD_WANTS[field]}: a trust policy goes in the Role field, a permission policy in the Permission policy field.`;
  }
  return `This is ${what}, not ${FIELD_WANTS[field]}: paste the output of ${FIELD_COMMAND[field]} here.`;
}

function describeKind(kind: PasteKind, document: unknown): string {
  switch (kind.kind) {
    case 'kubernetes': {
      // The kind is the paste's own text: clipped, so a pasted megabyte never becomes the message.
      const objectKind = clip(kind.objectKind, 60);
      return `${article(objectKind)} ${objectKind} (kind: ${objectKind})`;
    }
    case 'policy-document':
      if (document === undefined) return 'an IAM policy document';
      return hasPrincipal(document) ? 'an IAM trust policy' : 'an IAM permission policy';
    case 'unknown':
      return 'something else';
    default:
      return `\`${COMMAND_OF_KIND[kind.kind] ?? kind.kind}\` output`;
  }
}

function article(word: string): string {
  return /^[AEIOU]/.test(word) ? 'an' : 'a';
}

/**
 * A Deployment (or another workload) in place of a pod: the webhook mutates pods as they are
 * created, so the Deployment's spec never shows the env variables and token volume it adds.
 */
function workloadMessage(objectKind: string, field: PasteField, document: unknown): string {
  const what = `This is ${article(objectKind)} ${objectKind} (kind: ${objectKind})`;
  const metadata = recordAt(document, 'metadata');
  const namespace = clip(stringAt(metadata, 'namespace') ?? 'NAMESPACE', 63);
  const podSpec = recordAt(podTemplate(objectKind, document), 'spec');
  if (field === 'pod') {
    return `${what}, not a Pod: the EKS webhook changes each pod as it is created, so the env variables and token volume it adds show only on a running pod, never in the ${objectKind}. Paste one of its pods instead: \`kubectl get pod -n ${namespace} -l ${podSelector(objectKind, document)}\` lists them, then \`kubectl get pod NAME -n ${namespace} -o yaml\`.`;
  }
  if (field === 'serviceAccount') {
    const serviceAccount = clip(
      stringAt(podSpec, 'serviceAccountName') ?? stringAt(podSpec, 'serviceAccount') ?? 'default',
      253,
    );
    return `${what}, not a ServiceAccount: its pods run as the ServiceAccount \`${serviceAccount}\`; paste \`kubectl get serviceaccount ${serviceAccount} -n ${namespace} -o yaml\` here.`;
  }
  return `${what}, not ${FIELD_WANTS[field]}: paste the output of ${FIELD_COMMAND[field]} here.`;
}

/** The pod template: `spec.template`, or `spec.jobTemplate.spec.template` for a CronJob. */
function podTemplate(objectKind: string, document: unknown): unknown {
  const spec = recordAt(document, 'spec');
  if (objectKind === 'CronJob')
    return recordAt(recordAt(recordAt(spec, 'jobTemplate'), 'spec'), 'template');
  return recordAt(spec, 'template');
}

/** `-l` for the workload's pods: its selector, the Job's `job-name` label, or its template's labels. */
function podSelector(objectKind: string, document: unknown): string {
  const spec = recordAt(document, 'spec');
  const name = stringAt(recordAt(document, 'metadata'), 'name');
  let labels = recordAt(recordAt(spec, 'selector'), 'matchLabels');
  // The Job controller labels its pods `job-name=NAME`; a manifest usually has no selector.
  if (!labels && objectKind === 'Job' && name) labels = { 'job-name': name };
  labels ??= recordAt(recordAt(podTemplate(objectKind, document), 'metadata'), 'labels');
  const pairs = Object.entries(labels ?? {})
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, value]) => `${key}=${value}`);
  return pairs.length > 0 ? clip(pairs.join(','), 200) : 'app=…';
}

const JWT = /^(?:bearer\s+)?["']?eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*["']?$/i;
const ERROR_WORDS =
  /An error occurred \(|\b(?:AccessDenied|InvalidIdentityToken|IDPCommunicationError|IDPRejectedClaim|ExpiredToken|WebIdentityErr|NoCredentialProviders|UnrecognizedClientException)\b|Unable to locate credentials|Not authorized to perform/;

/**
 * A hint from the raw text, for pastes that parse as neither YAML objects nor JSON: a JWT, or an
 * error message, which have fields of their own. Null when the text looks like neither.
 */
export function textHint(text: string, field: PasteField): string | null {
  const trimmed = text.trim();
  if (field !== 'token' && JWT.test(trimmed)) {
    return `This looks like a token (a JWT), not ${FIELD_WANTS[field]}: paste it into the Token field.`;
  }
  if (field !== 'error' && ERROR_WORDS.test(trimmed) && !/apiVersion|Statement/.test(trimmed)) {
    return `This looks like an error message, not ${FIELD_WANTS[field]}: paste it into the Error message field.`;
  }
  return null;
}

function unknownMessage(field: PasteField, document: unknown): string {
  if (typeof document === 'string') {
    return (
      textHint(document, field) ??
      `This is plain text, not ${FIELD_WANTS[field]}: paste the output of ${FIELD_COMMAND[field]}.`
    );
  }
  if (Array.isArray(document) && document.length === 0) {
    return `This is an empty list, not ${FIELD_WANTS[field]}: paste the output of ${FIELD_COMMAND[field]}.`;
  }
  return `This does not look like ${FIELD_WANTS[field]}: paste the output of ${FIELD_COMMAND[field]}.`;
}
