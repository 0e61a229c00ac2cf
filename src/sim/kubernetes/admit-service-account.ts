import type { IdSource } from '../ids';
import type { Container, Pod, Volume } from './types';
import { BOUND_TOKEN_VOLUME_SINCE, kubernetesAtLeast } from './version';

/**
 * The ServiceAccount admission plugin runs before any mutating webhook, so the pod the EKS
 * pod-identity webhook receives already has the Kubernetes API token volume and its mount.
 * https://github.com/kubernetes/kubernetes/blob/master/plugin/pkg/admission/serviceaccount/admission.go
 * (mountServiceAccountToken, TokenVolumeSource)
 */

/** Where every container gets the Kubernetes API token (admission.go, DefaultAPITokenMountPath). */
export const API_TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/** Prefix of the projected volume's name (admission.go, ServiceAccountVolumeName). */
export const API_ACCESS_VOLUME_PREFIX = 'kube-api-access-';

/**
 * The characters of generated name suffixes: no vowels, no 0, 1 or 3, so a suffix never spells
 * a word. The plugin names the volume with names.SimpleNameGenerator: 5 of these.
 * https://github.com/kubernetes/apimachinery/blob/master/pkg/util/rand/rand.go
 */
export const NAME_SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * The lifetime the plugin asks for: one hour and 7 seconds, a value the API server recognises
 * (pkg/serviceaccount/claims.go, WarnOnlyBoundTokenExpirationSeconds = 60*60 + 7).
 */
export const API_TOKEN_EXPIRATION_SECONDS = 3607;

/** `defaultMode` the plugin sets explicitly (corev1.ProjectedVolumeSourceDefaultMode, 0644). */
export const DEFAULT_VOLUME_MODE = 420;

/** TokenVolumeSource(): the API token, the cluster CA bundle and the pod's namespace. */
function apiAccessVolume(name: string): Volume {
  return {
    name,
    projected: {
      sources: [
        { serviceAccountToken: { expirationSeconds: API_TOKEN_EXPIRATION_SECONDS, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        {
          downwardAPI: {
            items: [
              {
                path: 'namespace',
                fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' },
              },
            ],
          },
        },
      ],
      defaultMode: DEFAULT_VOLUME_MODE,
    },
  };
}

/**
 * Before 1.21 the plugin mounted the ServiceAccount's token Secret (`<sa>-token-<suffix>`, made
 * by the token controller) under a volume of the same name, without a `defaultMode` (defaulting
 * adds 420 later).
 */
function secretVolume(name: string): Volume {
  return { name, secret: { secretName: name } };
}

/**
 * The pod after the ServiceAccount admission plugin: a volume for the Kubernetes API token
 * appended to `spec.volumes`, and a read-only mount of it at
 * /var/run/secrets/kubernetes.io/serviceaccount appended to every container that has no mount
 * there yet. From 1.21 the volume is the projected `kube-api-access-<5 chars>`; before, the
 * ServiceAccount's token Secret. The suffix comes from `ids`.
 */
export function admitServiceAccount(pod: Pod, kubernetesVersion: string, ids: IdSource): Pod {
  const suffix = ids.chars(5, NAME_SUFFIX_ALPHABET);
  const projected = kubernetesAtLeast(kubernetesVersion, BOUND_TOKEN_VOLUME_SINCE);
  const volume = projected
    ? apiAccessVolume(`${API_ACCESS_VOLUME_PREFIX}${suffix}`)
    : secretVolume(`${pod.spec.serviceAccountName}-token-${suffix}`);
  let needsVolume = false;
  const containers: Container[] = pod.spec.containers.map((c) => {
    if ((c.volumeMounts ?? []).some((m) => m.mountPath === API_TOKEN_MOUNT_PATH)) return c;
    needsVolume = true;
    return {
      ...c,
      volumeMounts: [
        ...(c.volumeMounts ?? []),
        { name: volume.name, readOnly: true, mountPath: API_TOKEN_MOUNT_PATH },
      ],
    };
  });
  return {
    ...pod,
    spec: {
      ...pod.spec,
      containers,
      ...(needsVolume ? { volumes: [...(pod.spec.volumes ?? []), volume] } : {}),
    },
  };
}
