import type { HttpRequest } from '../http';
import type { Check } from '../result';
import { podIdentityErrors } from './errors';
import { containerEnv } from './mutate-pod';
import { AGENT_HOST, ENV_FULL_URI, ENV_TOKEN_FILE } from './names';
import type { PodIdentityRunRecord } from './run-record';
import type { PodToAgentStep } from './types';

/** botocore's ContainerMetadataFetcher._ALLOWED_HOSTS for plain-http full URIs (loopback aside). */
const ALLOWED_HOSTS = ['169.254.170.2', '169.254.170.23', 'fd00:ec2::23', 'localhost'];

/**
 * Step 1. The SDK's container-credentials provider (botocore ContainerProvider) finds
 * AWS_CONTAINER_CREDENTIALS_FULL_URI, reads the token file named by
 * AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE and sends its content, as is, in `Authorization` (no
 * "Bearer"): GET http://169.254.170.23/v1/credentials, `Accept: application/json`.
 * https://github.com/boto/botocore/blob/develop/botocore/credentials.py (ContainerProvider._build_headers)
 */
export function podAsksAgent(world: PodIdentityRunRecord['world']): Promise<PodToAgentStep> {
  return Promise.resolve(askAgent(world));
}

function askAgent(world: PodIdentityRunRecord['world']): PodToAgentStep {
  const pod = world.kubernetes.pod;
  const fullUri = containerEnv(pod, ENV_FULL_URI);
  const tokenFile = containerEnv(pod, ENV_TOKEN_FILE);
  const base = { error: null, errorResponse: null };
  if (!fullUri) {
    return {
      ...base,
      ok: true,
      checks: [],
      sdk: { credentialSource: 'instance-metadata', fullUri: null, tokenFile: null },
      request: null,
      skipped:
        'The pod has no AWS_CONTAINER_CREDENTIALS_FULL_URI: there was no pod identity association for its ServiceAccount when it was created, so the webhook left it alone. The SDK’s chain goes on to IMDS: the node role.',
    };
  }
  const url = new URL(fullUri);
  const token = world.kubernetes.token?.compact ?? '';
  const checks: Check[] = [
    {
      id: 'container-credentials-env',
      label: 'AWS_CONTAINER_CREDENTIALS_FULL_URI and the token file are set',
      passed: true,
      expected: `${ENV_FULL_URI} and ${ENV_TOKEN_FILE}`,
      actual: `${fullUri}, ${tokenFile ?? '(unset)'}`,
    },
    {
      id: 'allowed-host',
      label: 'botocore accepts the host for plain http',
      passed: ALLOWED_HOSTS.includes(url.hostname),
      expected: ALLOWED_HOSTS.join(', '),
      actual: url.hostname,
    },
  ];
  const request: HttpRequest = {
    method: 'GET',
    target: url.pathname,
    headers: [
      ['Host', url.host],
      ['Accept-Encoding', 'identity'],
      ['Accept', 'application/json'],
      ['Authorization', token],
    ],
    body: '',
  };
  const sdk = { credentialSource: 'container' as const, fullUri, tokenFile };
  const listening = world.eks.agent !== null && url.hostname === AGENT_HOST;
  checks.push({
    id: 'agent-listening',
    label: `Something listens on ${url.host}:80 (the agent's hostNetwork server)`,
    passed: listening,
    expected: 'eks-pod-identity-agent DaemonSet pod on this node',
    actual: listening ? 'agent answered' : 'no answer: connect timeout (three attempts)',
  });
  if (!listening)
    return {
      ...base,
      ok: false,
      checks,
      sdk,
      request,
      error: podIdentityErrors.agentUnreachable(fullUri),
    };
  return { ...base, ok: true, checks, sdk, request };
}
