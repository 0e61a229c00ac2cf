/**
 * What the Diagnose page reads out of the objects an engineer pastes: `kubectl get … -o yaml`
 * (or `-o json`) and `aws … --output json` (or `yaml`) as they print, or a bare document. Only
 * the facts the IRSA and EKS Pod Identity flows depend on are kept; everything else in the paste
 * (`managedFields`, `status`, tags, dates) is read past. Plain JSON, no class instances.
 */

/** The paste fields, each filled from one command's output. */
export type PasteField =
  | 'serviceAccount'
  | 'pod'
  | 'cluster'
  | 'oidcProviders'
  | 'role'
  | 'permissionPolicy'
  | 'token'
  | 'association'
  | 'error';

/**
 * The fields in the order the Diagnose page shows them (the OIDC providers only in the IRSA flow,
 * the association only in the Pod Identity flow).
 */
export const PASTE_FIELDS: readonly PasteField[] = [
  'serviceAccount',
  'pod',
  'cluster',
  'oidcProviders',
  'role',
  'permissionPolicy',
  'token',
  'association',
  'error',
];

/**
 * Longest paste read, in characters. A ServiceAccount is one kilobyte, a pod with `managedFields`
 * a few (tens with many containers), a role with a long trust policy under 20; a megabyte of log
 * is refused at once. With the cap on YAML nodes (yaml-budget.ts) this keeps every field's
 * answer within 100 ms (measured by `npm run fuzz`).
 */
export const MAX_PASTE_CHARS = 100_000;

/** `kubectl get serviceaccount NAME -n NS -o yaml`. */
export interface PastedServiceAccount {
  name: string;
  namespace: string;
  /** `metadata.annotations`, string values only (others are dropped). */
  annotations: Record<string, string>;
}

/** One container of a pod, as the webhook left it. */
export interface PastedContainer {
  name: string;
  /** `env` entries with a literal `value` (a `valueFrom` entry maps to null). */
  env: Record<string, string | null>;
  /** `securityContext.runAsUser` / `runAsNonRoot`, null when not set on the container. */
  runAsUser: number | null;
  runAsNonRoot: boolean | null;
}

/** A projected `serviceAccountToken` source in the pod's volumes. */
export interface PastedTokenVolume {
  /** The volume's name: `aws-iam-token` (IRSA) or `eks-pod-identity-token` (Pod Identity). */
  volumeName: string;
  audience: string | null;
  expirationSeconds: number | null;
  path: string;
}

/** `kubectl get pod NAME -n NS -o yaml`: the pod as it runs (after admission and the webhook). */
export interface PastedPod {
  name: string;
  namespace: string;
  /** `spec.serviceAccountName` (`default` when the spec leaves it out, as the API server does). */
  serviceAccountName: string;
  annotations: Record<string, string>;
  containers: PastedContainer[];
  /** Every projected `serviceAccountToken` source (other than the API server's own, with no audience). */
  tokenVolumes: PastedTokenVolume[];
  /** `spec.securityContext`. */
  fsGroup: number | null;
  runAsUser: number | null;
  runAsNonRoot: boolean | null;
  /** The owning ReplicaSet's name (`metadata.ownerReferences`), to name the Deployment to restart. */
  ownerReplicaSet: string | null;
  creationTimestamp: string | null;
}

/** An ARN split into the parts Diagnose compares. */
export interface ArnParts {
  arn: string;
  partition: string;
  service: string;
  region: string;
  accountId: string;
  resource: string;
}

/** `aws eks describe-cluster --name NAME`. */
export interface PastedCluster {
  name: string;
  arn: ArnParts;
  /** `cluster.version`, e.g. `1.31`; null when absent. */
  version: string | null;
  /** `cluster.identity.oidc.issuer`; null when absent. */
  issuer: string | null;
}

/** One IAM OIDC provider, from the list or from `get-open-id-connect-provider`. */
export interface PastedOidcProvider {
  /** From the list's `Arn`; null when only `get-open-id-connect-provider` was pasted (it has no ARN). */
  arn: ArnParts | null;
  /** The issuer without `https://`: `oidc.eks.us-west-2.amazonaws.com/id/ABC…`. */
  hostPath: string;
  /** `ClientIDList` from `get-open-id-connect-provider`; null when only the list was pasted. */
  clientIds: string[] | null;
}

/**
 * `aws iam list-open-id-connect-providers`, optionally followed by one or more
 * `aws iam get-open-id-connect-provider …` outputs in the same field (merged by URL).
 */
export interface PastedOidcProviders {
  providers: PastedOidcProvider[];
}

/** `aws iam get-role --role-name NAME`, or a bare trust policy document. */
export interface PastedRole {
  /** Null when a bare trust policy was pasted. */
  arn: ArnParts | null;
  name: string | null;
  /** The trust policy as JSON text (decoded when the paste had it URL-encoded). */
  trustPolicy: string;
  /** `MaxSessionDuration` in seconds; null when not pasted. */
  maxSessionDuration: number | null;
  source: 'get-role' | 'policy-document';
  /** The document was URL-encoded, as the raw IAM API (and some SDKs) return it. */
  wasUrlEncoded: boolean;
}

/** `aws iam get-role-policy …`, `aws iam get-policy-version …`, or a bare policy document. */
export interface PastedPolicy {
  /** The policy as JSON text (decoded when it was URL-encoded). */
  document: string;
  /** `PolicyName` (get-role-policy) or `VersionId` (get-policy-version); null for a bare document. */
  policyName: string | null;
  /** `RoleName` (get-role-policy); null otherwise. */
  roleName: string | null;
  source: 'get-role-policy' | 'get-policy-version' | 'policy-document';
  wasUrlEncoded: boolean;
}

/** The pod's projected token, decoded (never verified here: the page has no key to check it with). */
export interface PastedToken {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  iss: string | null;
  sub: string | null;
  /** `aud` as a list (a string `aud` becomes a list of one). */
  aud: string[];
  exp: number | null;
  iat: number | null;
  /** From `kubernetes.io` (or the `sub`): what the token says about the pod. */
  namespace: string | null;
  serviceAccount: string | null;
  podName: string | null;
}

/** `aws eks describe-pod-identity-association --cluster-name C --association-id ID`. */
export interface PastedAssociation {
  clusterName: string;
  namespace: string;
  serviceAccount: string;
  roleArn: ArnParts;
  associationArn: string | null;
  /** Set for a cross-account association (the role the first role chains to). */
  targetRoleArn: string | null;
}

/** What a paste holds, guessed from its shape, so a paste in the wrong field can say where it belongs. */
export type PasteKind =
  | { kind: 'kubernetes'; objectKind: string }
  | { kind: 'describe-cluster' }
  | { kind: 'oidc-provider-list' }
  | { kind: 'oidc-provider' }
  | { kind: 'get-role' }
  | { kind: 'get-role-policy' }
  | { kind: 'get-policy-version' }
  | { kind: 'policy-document' }
  | { kind: 'pod-identity-association' }
  | { kind: 'unknown' };

/**
 * Everything read from the pastes, by field: a field that was blank, or could not be read, is
 * absent. `error` is the pasted error message as text (trimmed), matched later against AWS's and
 * the SDKs' wordings.
 */
export interface PastedObjects {
  serviceAccount?: PastedServiceAccount;
  pod?: PastedPod;
  cluster?: PastedCluster;
  oidcProviders?: PastedOidcProviders;
  role?: PastedRole;
  permissionPolicy?: PastedPolicy;
  token?: PastedToken;
  association?: PastedAssociation;
  error?: string;
}
