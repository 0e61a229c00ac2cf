import { base64url } from 'jose';
import { isoSeconds } from '../clock';
import { httpResponse, type HttpExchange, type HttpRequest } from '../http';
import type { IdSource } from '../ids';
import type { World } from '../prepare-world';
import type { RunEnvironment } from '../run-environment';
import type { StsToPodStep, TemporaryCredentials } from '../steps';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** IMDS's answer for an instance role: the exchange, and the credentials in its JSON. */
export interface InstanceRoleSession {
  exchange: HttpExchange;
  credentials: TemporaryCredentials;
  /** `arn:aws:sts::<account>:assumed-role/<role>/<instance id>` */
  sessionArn: string;
}

/**
 * IMDSv2's GET of an instance role's credentials (the session token header is what IMDSv2
 * requires), answered in IMDS's documented JSON: Code, LastUpdated, Type, AccessKeyId,
 * SecretAccessKey, Token, Expiration (EC2 User Guide, "Retrieve security credentials from
 * instance metadata"). Used by IRSA's fallen-through pod and by Pod Identity's agent.
 */
export function instanceRoleSession(
  node: { accountId: string; roleName: string; instanceId: string },
  ids: IdSource,
  now: Date,
): InstanceRoleSession {
  const { roleName, instanceId } = node;
  const request: HttpRequest = {
    method: 'GET',
    target: `/latest/meta-data/iam/security-credentials/${roleName}`,
    headers: [
      ['Host', '169.254.169.254'],
      ['X-aws-ec2-metadata-token', base64url.encode(ids.bytes(42))],
    ],
    body: '',
  };
  const credentials: TemporaryCredentials = {
    AccessKeyId: `ASIA${ids.chars(16, BASE32)}`,
    SecretAccessKey: ids.chars(40, SECRET_ALPHABET),
    SessionToken: base64url.encode(ids.bytes(312)).replace(/-/g, '+').replace(/_/g, '/'),
    Expiration: isoSeconds(new Date(now.getTime() + 6 * 3600 * 1000)),
  };
  const body = JSON.stringify(
    {
      Code: 'Success',
      LastUpdated: isoSeconds(now),
      Type: 'AWS-HMAC',
      AccessKeyId: credentials.AccessKeyId,
      SecretAccessKey: credentials.SecretAccessKey,
      Token: credentials.SessionToken,
      Expiration: credentials.Expiration,
    },
    null,
    2,
  );
  return {
    exchange: { request, response: httpResponse(200, [['Content-Type', 'text/plain']], body) },
    credentials,
    sessionArn: `arn:aws:sts::${node.accountId}:assumed-role/${roleName}/${instanceId}`,
  };
}

/**
 * The end of the SDK's credential chain when IRSA is not configured: the EC2 instance metadata
 * service (IMDSv2) hands out the node's instance-role credentials. Unless IMDS is blocked for
 * pods (hop limit 1), every pod on the node can do this.
 */
export function getInstanceRoleCredentials(world: World, env: RunEnvironment): StsToPodStep {
  const session = instanceRoleSession(
    { accountId: world.scenario.accountId, ...world.node },
    env.ids('imds'),
    env.clock.now(),
  );
  return {
    imdsRequest: session.exchange.request,
    response: session.exchange.response,
    credentials: session.credentials,
    assumedRoleArn: session.sessionArn,
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
    error: null,
    errorResponse: null,
  };
}
