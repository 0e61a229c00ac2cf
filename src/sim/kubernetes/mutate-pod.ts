import type { IdSource } from '../ids';
import type { Scenario } from '../scenario';
import { DEFAULT_VOLUME_MODE } from './admit-service-account';
import {
  AUDIENCE_ANNOTATION,
  ROLE_ARN_ANNOTATION,
  STS_REGIONAL_ENDPOINTS_ANNOTATION,
  TOKEN_EXPIRATION_ANNOTATION,
  TOKEN_FILE,
  TOKEN_MOUNT_PATH,
  TOKEN_VOLUME_NAME,
  type Container,
  type JsonPatchAdd,
  type Pod,
  type ServiceAccount,
  type Volume,
} from './types';

// The EKS pod-identity webhook, as in aws/amazon-eks-pod-identity-webhook:
// https://github.com/aws/amazon-eks-pod-identity-webhook/blob/master/pkg/handler/handler.go
// https://github.com/aws/amazon-eks-pod-identity-webhook/blob/master/pkg/cache/cache.go

/**
 * The webhook raises shorter token lifetimes to 10 minutes, the API server's own minimum
 * (pkg/validation.go, ValidateMinTokenExpiration). It was one hour until PR #207 (January 2024):
 * https://github.com/aws/amazon-eks-pod-identity-webhook/pull/207
 */
export const MIN_TOKEN_EXPIRATION_SECONDS = 600;

/** The webhook's `--token-expiration` flag when not given (pkg/constants.go, DefaultTokenExpiration). */
export const DEFAULT_TOKEN_EXPIRATION_SECONDS = 86400;

/** The pod as the user wrote it, before admission. */
export function createPodManifest(scenario: Scenario, ids: IdSource): Pod {
  const podExpiration = scenario.wiring.podTokenExpirationAnnotation;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: scenario.podName,
      namespace: scenario.namespace,
      uid: ids.uuid(),
      ...(podExpiration !== null
        ? { annotations: { [TOKEN_EXPIRATION_ANNOTATION]: String(podExpiration) } }
        : {}),
    },
    spec: {
      serviceAccountName: scenario.serviceAccountName,
      containers: [
        { name: 'app', image: 'public.ecr.aws/aws-cli/aws-cli', args: ['s3api', 'list-buckets'] },
      ],
    },
  };
}

/** Where the token lifetime came from, highest precedence first. */
export type TokenExpirationSource = 'pod-annotation' | 'service-account-annotation' | 'flag';

/** Go's strconv.ParseInt(s, 10, 64): an optional sign and decimal digits, nothing else. */
function parseGoInt(text: string): number | null {
  return /^[+-]?\d{1,18}$/.test(text) ? Number(text) : null;
}

/**
 * The token lifetime the webhook writes: the pod's `eks.amazonaws.com/token-expiration`
 * annotation, else the ServiceAccount's, else the `--token-expiration` flag (handler.go:
 * "tokenExpiration: pod annotation > serviceaccount annotation > flag"). An annotation that is
 * not an integer is ignored (the next source applies); a value below 600 is raised to 600
 * (cache.go for the ServiceAccount, parsePodAnnotations in handler.go for the pod).
 */
export function tokenExpiration(input: {
  podAnnotation?: string | undefined;
  serviceAccountAnnotation?: string | undefined;
  flag?: number;
}): { seconds: number; source: TokenExpirationSource } {
  const clamp = (n: number) => Math.max(MIN_TOKEN_EXPIRATION_SECONDS, n);
  let result: { seconds: number; source: TokenExpirationSource } = {
    seconds: input.flag ?? DEFAULT_TOKEN_EXPIRATION_SECONDS,
    source: 'flag',
  };
  const fromServiceAccount = parseGoInt(input.serviceAccountAnnotation ?? '');
  if (fromServiceAccount !== null)
    result = { seconds: clamp(fromServiceAccount), source: 'service-account-annotation' };
  const fromPod = parseGoInt(input.podAnnotation ?? '');
  if (fromPod !== null) result = { seconds: clamp(fromPod), source: 'pod-annotation' };
  return result;
}

export interface PodMutation {
  /** The JSON Patch the webhook returns in its AdmissionReview (patchType: JSONPatch). */
  patch: JsonPatchAdd[];
  /** The pod after the API server applied the patch (and defaulted it again). */
  pod: Pod;
  audience: string;
  expirationSeconds: number;
  /** Which setting decided `expirationSeconds`. */
  expirationSource: TokenExpirationSource;
}

/**
 * What the EKS pod-identity webhook does at pod creation: a projected token volume, a read-only
 * mount and the AWS_* variables, in the order the EKS-managed webhook writes them. `pod` is the
 * pod it receives, after the built-in admission plugins (see admitServiceAccount).
 * Returns null when the ServiceAccount's role-arn annotation is missing or empty: the webhook
 * mutates only for a non-empty role ARN (handler.go, buildPodPatchConfig: `if roleArn != ""`).
 */
export function mutatePod(
  pod: Pod,
  serviceAccount: ServiceAccount,
  region: string,
  flagTokenExpiration = DEFAULT_TOKEN_EXPIRATION_SECONDS,
): PodMutation | null {
  const annotations = serviceAccount.metadata.annotations ?? {};
  const roleArn = annotations[ROLE_ARN_ANNOTATION];
  if (!roleArn) return null;
  const audience = annotations[AUDIENCE_ANNOTATION] ?? 'sts.amazonaws.com';
  const expiration = tokenExpiration({
    podAnnotation: pod.metadata.annotations?.[TOKEN_EXPIRATION_ANNOTATION],
    serviceAccountAnnotation: annotations[TOKEN_EXPIRATION_ANNOTATION],
    flag: flagTokenExpiration,
  });
  const expirationSeconds = expiration.seconds;

  const volume: Volume = {
    name: TOKEN_VOLUME_NAME,
    projected: {
      sources: [{ serviceAccountToken: { audience, expirationSeconds, path: 'token' } }],
    },
  };
  const containers: Container[] = pod.spec.containers.map((c) => ({
    ...c,
    env: [
      ...(c.env ?? []),
      // Added unless the ServiceAccount says "false"; the simulated webhook runs with
      // --sts-regional-endpoint=true, so no annotation means regional (handler.go).
      ...(annotations[STS_REGIONAL_ENDPOINTS_ANNOTATION] === 'false'
        ? []
        : [{ name: 'AWS_STS_REGIONAL_ENDPOINTS', value: 'regional' }]),
      { name: 'AWS_DEFAULT_REGION', value: region },
      { name: 'AWS_REGION', value: region },
      { name: 'AWS_ROLE_ARN', value: roleArn },
      { name: 'AWS_WEB_IDENTITY_TOKEN_FILE', value: TOKEN_FILE },
    ],
    volumeMounts: [
      ...(c.volumeMounts ?? []),
      { name: TOKEN_VOLUME_NAME, readOnly: true, mountPath: TOKEN_MOUNT_PATH },
    ],
  }));
  // getPodSpecPatch: "/spec/volumes/0" (insert first) when the pod has volumes, which it does
  // once the ServiceAccount admission plugin has run; "/spec/volumes" only when it has none.
  const patch: JsonPatchAdd[] = [
    pod.spec.volumes
      ? { op: 'add', path: '/spec/volumes/0', value: volume }
      : { op: 'add', path: '/spec/volumes', value: [volume] },
    { op: 'add', path: '/spec/containers', value: containers },
  ];
  return {
    patch,
    pod: applyPatch(pod, patch),
    audience,
    expirationSeconds,
    expirationSource: expiration.source,
  };
}

/**
 * Apply the webhook's `add` operations, as the API server does, then default the result again:
 * the mutating-webhook dispatcher calls the object defaulter after each patch, which gives every
 * projected or Secret volume without one `defaultMode: 420`.
 * https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/apiserver/pkg/admission/plugin/webhook/mutating/dispatcher.go
 */
function applyPatch(pod: Pod, patch: JsonPatchAdd[]): Pod {
  const out = structuredClone(pod);
  for (const op of patch) {
    if (op.path === '/spec/volumes') out.spec.volumes = op.value as Volume[];
    else if (op.path === '/spec/volumes/0')
      out.spec.volumes = [op.value as Volume, ...(out.spec.volumes ?? [])];
    else if (op.path === '/spec/containers') out.spec.containers = op.value as Container[];
  }
  out.spec.volumes = out.spec.volumes?.map(withDefaultMode);
  return out;
}

function withDefaultMode(volume: Volume): Volume {
  if (volume.projected && volume.projected.defaultMode === undefined)
    return { ...volume, projected: { ...volume.projected, defaultMode: DEFAULT_VOLUME_MODE } };
  if (volume.secret && volume.secret.defaultMode === undefined)
    return { ...volume, secret: { ...volume.secret, defaultMode: DEFAULT_VOLUME_MODE } };
  return volume;
}
