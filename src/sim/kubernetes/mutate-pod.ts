import type { IdSource } from '../ids';
import type { Scenario } from '../scenario';
import {
  AUDIENCE_ANNOTATION,
  ROLE_ARN_ANNOTATION,
  TOKEN_EXPIRATION_ANNOTATION,
  TOKEN_FILE,
  TOKEN_MOUNT_PATH,
  TOKEN_VOLUME_NAME,
  type Container,
  type JsonPatchAdd,
  type Pod,
  type ServiceAccount,
} from './types';

/** The webhook clamps shorter token lifetimes up to 10 minutes (pkg/validation.go). */
export const MIN_TOKEN_EXPIRATION_SECONDS = 600;

/** The pod as the user wrote it, before admission. */
export function createPodManifest(scenario: Scenario, ids: IdSource): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: scenario.podName, namespace: scenario.namespace, uid: ids.uuid() },
    spec: {
      serviceAccountName: scenario.serviceAccountName,
      containers: [
        { name: 'app', image: 'public.ecr.aws/aws-cli/aws-cli', args: ['s3api', 'list-buckets'] },
      ],
    },
  };
}

export interface PodMutation {
  /** The JSON Patch the webhook returns in its AdmissionReview (patchType: JSONPatch). */
  patch: JsonPatchAdd[];
  /** The pod after the API server applied the patch. */
  pod: Pod;
  audience: string;
  expirationSeconds: number;
}

/**
 * What the EKS pod-identity webhook does at pod creation: a projected token volume, a read-only
 * mount and the AWS_* variables, in the order the EKS-managed webhook writes them.
 * Returns null when the ServiceAccount has no role-arn annotation (the pod is left alone).
 */
export function mutatePod(
  pod: Pod,
  serviceAccount: ServiceAccount,
  region: string,
): PodMutation | null {
  const annotations = serviceAccount.metadata.annotations ?? {};
  const roleArn = annotations[ROLE_ARN_ANNOTATION];
  if (roleArn === undefined) return null;
  const audience = annotations[AUDIENCE_ANNOTATION] ?? 'sts.amazonaws.com';
  const requested = Number(annotations[TOKEN_EXPIRATION_ANNOTATION] ?? 86400);
  const expirationSeconds = Math.max(
    MIN_TOKEN_EXPIRATION_SECONDS,
    Number.isFinite(requested) ? requested : 86400,
  );

  const volume = {
    name: TOKEN_VOLUME_NAME,
    projected: {
      sources: [{ serviceAccountToken: { audience, expirationSeconds, path: 'token' } }],
    },
  };
  const containers: Container[] = pod.spec.containers.map((c) => ({
    ...c,
    env: [
      ...(c.env ?? []),
      { name: 'AWS_STS_REGIONAL_ENDPOINTS', value: 'regional' },
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
  const patch: JsonPatchAdd[] = [
    pod.spec.volumes
      ? { op: 'add', path: '/spec/volumes/0', value: volume }
      : { op: 'add', path: '/spec/volumes', value: [volume] },
    { op: 'add', path: '/spec/containers', value: containers },
  ];
  return { patch, pod: applyPatch(pod, patch), audience, expirationSeconds };
}

/** Apply the webhook's `add` operations, as the API server does. */
function applyPatch(pod: Pod, patch: JsonPatchAdd[]): Pod {
  const out = structuredClone(pod);
  for (const op of patch) {
    if (op.path === '/spec/volumes') out.spec.volumes = op.value as Pod['spec']['volumes'];
    else if (op.path === '/spec/volumes/0')
      out.spec.volumes = [
        op.value as NonNullable<Pod['spec']['volumes']>[number],
        ...(out.spec.volumes ?? []),
      ];
    else if (op.path === '/spec/containers') out.spec.containers = op.value as Container[];
  }
  return out;
}
