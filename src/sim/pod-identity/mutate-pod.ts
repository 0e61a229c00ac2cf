/**
 * The pod-identity webhook's "container credentials" mutation, as in
 * aws/amazon-eks-pod-identity-webhook pkg/handler/handler.go: when the ServiceAccount is listed in
 * the container-credentials config (which EKS keeps in sync with pod identity associations), the
 * webhook adds the `eks-pod-identity-token` projected volume, a read-only mount, and
 * AWS_CONTAINER_CREDENTIALS_FULL_URI / AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE. "Container
 * credentials method takes precedence" over the role-arn annotation (buildPodPatchConfig).
 * https://github.com/aws/amazon-eks-pod-identity-webhook/blob/master/pkg/handler/handler.go
 */
import type { IdSource } from '../ids';
import { DEFAULT_VOLUME_MODE } from '../kubernetes/admit-service-account';
import type { Container, JsonPatchAdd, Pod, ServiceAccount, Volume } from '../kubernetes/types';
import {
  AGENT_FULL_URI,
  ENV_FULL_URI,
  ENV_TOKEN_FILE,
  POD_IDENTITY_AUDIENCE,
  POD_IDENTITY_MOUNT_PATH,
  POD_IDENTITY_TOKEN_EXPIRATION_SECONDS,
  POD_IDENTITY_TOKEN_FILE,
  POD_IDENTITY_VOLUME_NAME,
} from './names';
import type { PodIdentityScenario } from './scenario';

/** A plain ServiceAccount: Pod Identity needs no annotation, the association lives in EKS. */
export function createPlainServiceAccount(s: PodIdentityScenario, ids: IdSource): ServiceAccount {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name: s.serviceAccountName, namespace: s.namespace, uid: ids.uuid() },
  };
}

/** The pod as written: the AWS CLI listing buckets, as in the IRSA flow. */
export function createPodIdentityPodManifest(s: PodIdentityScenario, ids: IdSource): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: s.podName, namespace: s.namespace, uid: ids.uuid() },
    spec: {
      serviceAccountName: s.serviceAccountName,
      containers: [
        { name: 'app', image: 'public.ecr.aws/aws-cli/aws-cli', args: ['s3api', 'list-buckets'] },
      ],
    },
  };
}

export interface PodIdentityMutation {
  patch: JsonPatchAdd[];
  pod: Pod;
  audience: string;
  expirationSeconds: number;
}

/**
 * The mutation for a pod whose ServiceAccount has an association. The simulated webhook runs like
 * IRSA's (regional STS, region set), so AWS_STS_REGIONAL_ENDPOINTS, AWS_DEFAULT_REGION and
 * AWS_REGION come first, in addEnvToContainer's order; the token lifetime is 86400 s, what an EKS
 * cluster showed (the webhook's test data also shows jittered values).
 */
export function mutatePodForPodIdentity(pod: Pod, region: string): PodIdentityMutation {
  const volume: Volume = {
    name: POD_IDENTITY_VOLUME_NAME,
    projected: {
      sources: [
        {
          serviceAccountToken: {
            audience: POD_IDENTITY_AUDIENCE,
            expirationSeconds: POD_IDENTITY_TOKEN_EXPIRATION_SECONDS,
            path: POD_IDENTITY_VOLUME_NAME,
          },
        },
      ],
    },
  };
  const containers: Container[] = pod.spec.containers.map((c) => ({
    ...c,
    env: [
      ...(c.env ?? []),
      { name: 'AWS_STS_REGIONAL_ENDPOINTS', value: 'regional' },
      { name: 'AWS_DEFAULT_REGION', value: region },
      { name: 'AWS_REGION', value: region },
      { name: ENV_FULL_URI, value: AGENT_FULL_URI },
      { name: ENV_TOKEN_FILE, value: POD_IDENTITY_TOKEN_FILE },
    ],
    volumeMounts: [
      ...(c.volumeMounts ?? []),
      { name: POD_IDENTITY_VOLUME_NAME, readOnly: true, mountPath: POD_IDENTITY_MOUNT_PATH },
    ],
  }));
  // getPodSpecPatch: "/spec/volumes/0" when the admitted pod already has volumes.
  const patch: JsonPatchAdd[] = [
    pod.spec.volumes
      ? { op: 'add', path: '/spec/volumes/0', value: volume }
      : { op: 'add', path: '/spec/volumes', value: [volume] },
    { op: 'add', path: '/spec/containers', value: containers },
  ];
  // The API server applies the patch and defaults again: projected volumes get defaultMode 420.
  const withMode: Volume = {
    ...volume,
    projected: { ...volume.projected!, defaultMode: DEFAULT_VOLUME_MODE },
  };
  const mutated: Pod = {
    ...pod,
    spec: { ...pod.spec, containers, volumes: [withMode, ...(pod.spec.volumes ?? [])] },
  };
  return {
    patch,
    pod: mutated,
    audience: POD_IDENTITY_AUDIENCE,
    expirationSeconds: POD_IDENTITY_TOKEN_EXPIRATION_SECONDS,
  };
}

/** The value of an environment variable in the pod's first container, as the SDK sees it. */
export function containerEnv(pod: Pod, name: string): string | null {
  return pod.spec.containers[0]?.env?.find((e) => e.name === name)?.value ?? null;
}
