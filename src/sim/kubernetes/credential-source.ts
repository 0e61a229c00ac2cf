import type { World } from '../prepare-world';

/**
 * Where the SDK's default credential chain will get credentials in this pod: web identity when
 * the pod-identity webhook set both variables, otherwise it falls through to IMDS (the node role).
 */
export function sdkCredentialSource(world: World): 'web-identity' | 'instance-metadata' {
  const names = new Set(
    (world.kubernetes.mutation?.pod.spec.containers[0]?.env ?? []).map((e) => e.name),
  );
  return names.has('AWS_ROLE_ARN') && names.has('AWS_WEB_IDENTITY_TOKEN_FILE')
    ? 'web-identity'
    : 'instance-metadata';
}
