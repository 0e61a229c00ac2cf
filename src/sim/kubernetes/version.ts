/**
 * Kubernetes minor versions ("1.34") and the features the simulation switches on by version.
 * Versions compare numerically, part by part: 1.9 < 1.30.
 */

/** The `major.minor` of a version such as `1.34` (a patch part, `1.34.2`, is ignored); null otherwise. */
export function parseKubernetesVersion(version: string): [number, number] | null {
  const match = /^(\d{1,3})\.(\d{1,3})(?:\.\d+)?$/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/** `version` is `min` or later. False when either is not a `major.minor` version. */
export function kubernetesAtLeast(version: string, min: string): boolean {
  const v = parseKubernetesVersion(version);
  const m = parseKubernetesVersion(min);
  if (!v || !m) return false;
  return v[0] !== m[0] ? v[0] > m[0] : v[1] >= m[1];
}

/**
 * Since 1.30 every token the API server issues carries a `jti` (ServiceAccountTokenJTI) and a
 * pod-bound token names the pod's node (ServiceAccountTokenPodNodeInfo): both gates alpha in
 * 1.29, beta and on by default in 1.30, GA in 1.32.
 * https://github.com/kubernetes/kubernetes/blob/master/pkg/features/kube_features.go
 * https://github.com/kubernetes/website/blob/main/content/en/docs/reference/command-line-tools-reference/feature-gates/ServiceAccountTokenJTI.md
 */
export const TOKEN_JTI_AND_NODE_SINCE = '1.30';

/**
 * Since 1.21 (BoundServiceAccountTokenVolume, beta in 1.21, GA in 1.22) the ServiceAccount
 * admission plugin mounts a projected `kube-api-access-<suffix>` volume; before, it mounted the
 * ServiceAccount's token Secret.
 * https://github.com/kubernetes/kubernetes/pull/104167 (feature gate history: beta v1.21, ga v1.22)
 */
export const BOUND_TOKEN_VOLUME_SINCE = '1.21';
