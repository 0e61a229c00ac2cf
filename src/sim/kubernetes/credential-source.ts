/**
 * The SDK's default credential chain, as botocore walks it (botocore/credentials.py,
 * create_credential_resolver): environment keys, then the assume-role and web-identity
 * providers, SSO and the shared files, then container credentials, then instance metadata. The
 * first provider that finds credentials wins. See docs/aws-facts.md, "The credential chain".
 */
import type { World } from '../prepare-world';
import type { Pod } from './types';

export type CredentialSource = 'environment' | 'web-identity' | 'instance-metadata';

/** One provider of the chain and what it found in this pod. */
export interface ChainLink {
  provider: string;
  found: boolean;
  detail: string;
}

/** Every provider of the chain, in order, and what each would find in this IRSA pod. */
export function credentialChainLinks(world: World): ChainLink[] {
  const pod = world.kubernetes.mutation?.pod ?? world.kubernetes.podManifest;
  return credentialChainForPod(pod, world.scenario.wiring.sdkSupportsWebIdentity);
}

/**
 * Every provider of the chain, in order, and what each would find in a pod's environment (any
 * flow's pod); `sdkSupportsWebIdentity` is false for SDKs older than web identity.
 */
export function credentialChainForPod(pod: Pod, sdkSupportsWebIdentity = true): ChainLink[] {
  const env = new Map((pod.spec.containers[0]?.env ?? []).map((e) => [e.name, e.value]));
  const webIdentityVars = env.has('AWS_ROLE_ARN') && env.has('AWS_WEB_IDENTITY_TOKEN_FILE');
  const supports = sdkSupportsWebIdentity;
  const containerUri = env.get('AWS_CONTAINER_CREDENTIALS_FULL_URI');
  return [
    {
      provider: 'Environment variables',
      found: env.has('AWS_ACCESS_KEY_ID') && env.has('AWS_SECRET_ACCESS_KEY'),
      detail: env.has('AWS_ACCESS_KEY_ID')
        ? `AWS_ACCESS_KEY_ID=${env.get('AWS_ACCESS_KEY_ID') ?? ''} is set`
        : 'no AWS_ACCESS_KEY_ID',
    },
    {
      provider: 'Web identity (AWS_ROLE_ARN + AWS_WEB_IDENTITY_TOKEN_FILE)',
      found: webIdentityVars && supports,
      detail: !webIdentityVars
        ? 'the variables are not set: the webhook did not mutate this pod'
        : supports
          ? 'both variables are set'
          : 'both variables are set, but this SDK version has no web-identity provider',
    },
    {
      provider: 'Shared config and credentials files',
      found: false,
      detail: 'no ~/.aws/config or ~/.aws/credentials in the container',
    },
    {
      provider: 'Container credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI)',
      found: containerUri !== undefined,
      detail: containerUri
        ? `AWS_CONTAINER_CREDENTIALS_FULL_URI=${containerUri} is set (EKS Pod Identity's agent)`
        : 'not set (EKS Pod Identity is not used)',
    },
    {
      provider: 'Instance metadata (IMDS)',
      found: true,
      detail: "the node's instance role, at 169.254.169.254",
    },
  ];
}

/** The providers the SDK tries, in order, up to and including the one that answers. */
export function credentialChain(world: World): ChainLink[] {
  const links = credentialChainLinks(world);
  return links.slice(0, links.findIndex((l) => l.found) + 1);
}

/** Where the SDK's default chain gets credentials in this pod. */
export function sdkCredentialSource(world: World): CredentialSource {
  const winner = credentialChain(world).at(-1)?.provider ?? '';
  if (winner.startsWith('Environment')) return 'environment';
  if (winner.startsWith('Web identity')) return 'web-identity';
  return 'instance-metadata';
}
