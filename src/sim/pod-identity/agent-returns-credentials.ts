import type { Check } from '../result';
import type { RunEnvironment } from '../run-environment';
import { nodeRoleCredentials } from './node-credentials';
import { agentCredentialsResponse, rfc3339Nano } from './responses';
import { need, type PodIdentityRunRecord } from './run-record';
import type { AgentToPodStep } from './types';

interface EksAuthAnswer {
  assumedRoleUser?: { arn?: string };
  credentials?: {
    accessKeyId?: string;
    secretAccessKey?: string;
    sessionToken?: string;
    expiration?: number;
  };
}

/**
 * Step 5. The agent turns EKS Auth's answer into the container-credentials JSON the SDKs read:
 * AccessKeyId, SecretAccessKey, Token, AccountId (parsed from the assumed-role ARN) and Expiration
 * (RFC 3339), in that order (pkg/credentials/model.go, EksCredentialsResponse; internal/cloud/
 * eksauth/service.go). botocore's ContainerProvider reads exactly those names.
 * https://github.com/aws/eks-pod-identity-agent/blob/main/pkg/credentials/model.go
 * Without Pod Identity variables, the SDK's chain instead ends at IMDS, with the node role.
 */
export function agentReturnsCredentials(
  world: PodIdentityRunRecord['world'],
  run: PodIdentityRunRecord,
  env: RunEnvironment,
): Promise<AgentToPodStep> {
  return Promise.resolve(returnCredentials(world, run, env));
}

function returnCredentials(
  world: PodIdentityRunRecord['world'],
  run: PodIdentityRunRecord,
  env: RunEnvironment,
): AgentToPodStep {
  const asked = need(run.steps['pod-to-agent'], 'step 1');
  const now = env.clock.now();
  const base = { error: null, errorResponse: null };
  if (asked.sdk.credentialSource === 'instance-metadata') {
    const node = nodeRoleCredentials(world, env);
    return {
      ...base,
      ok: true,
      checks: [
        {
          id: 'imds-reachable',
          label: 'The pod can reach the instance metadata service',
          passed: true,
          expected: 'blocked for pods (IMDSv2 with hop limit 1)',
          actual: 'reachable: the pod gets the node role',
          note: 'EKS best practice: aws ec2 modify-instance-metadata-options --http-tokens required --http-put-response-hop-limit 1',
        },
      ],
      imdsRequest: node.exchange.request,
      response: node.exchange.response,
      credentials: node.credentials,
      assumedRoleArn: node.sessionArn,
    };
  }

  const assumed = need(run.steps['eks-auth-to-sts'], 'step 4');
  // Parsed from the body shown, as the agent's SDK parses it, not from our own records.
  const answer = JSON.parse(assumed.response?.body ?? '{}') as EksAuthAnswer;
  const c = answer.credentials ?? {};
  const arn = answer.assumedRoleUser?.arn ?? '';
  const expiration = rfc3339Nano(new Date((c.expiration ?? 0) * 1000));
  const body = JSON.stringify({
    AccessKeyId: c.accessKeyId,
    SecretAccessKey: c.secretAccessKey,
    Token: c.sessionToken,
    AccountId: arn.split(':')[4],
    Expiration: expiration,
  });
  const response = agentCredentialsResponse(body, now);
  const parsed = JSON.parse(body) as Record<string, string | undefined>;
  const checks: Check[] = ['AccessKeyId', 'SecretAccessKey', 'Token', 'Expiration'].map((name) => ({
    id: `sdk-reads-${name}`,
    label: `The SDK finds ${name} in the agent's JSON`,
    passed: typeof parsed[name] === 'string' && parsed[name] !== '',
    expected: name === 'Expiration' ? 'an RFC 3339 time' : 'a non-empty string',
    actual:
      name === 'SecretAccessKey' || name === 'Token'
        ? `${(parsed[name] ?? '').slice(0, 8)}…`
        : (parsed[name] ?? '(missing)'),
  }));
  return {
    ...base,
    ok: checks.every((k) => k.passed),
    checks,
    imdsRequest: null,
    response,
    credentials: {
      AccessKeyId: c.accessKeyId ?? '',
      SecretAccessKey: c.secretAccessKey ?? '',
      SessionToken: c.sessionToken ?? '',
      Expiration: expiration,
    },
    assumedRoleArn: arn,
  };
}
