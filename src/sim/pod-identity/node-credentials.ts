/**
 * The node's instance-role credentials from IMDS: what the agent signs EKS Auth calls with, and
 * what a pod without Pod Identity ends up with. One seeded source (`pod-identity-imds`), so the
 * agent and a fallen-through pod see the same session, as they would on one node.
 */
import { base64url } from 'jose';
import { isoSeconds } from '../clock';
import { httpResponse, type HttpExchange } from '../http';
import type { RunEnvironment } from '../run-environment';
import type { TemporaryCredentials } from '../steps';
import type { PodIdentityWorld } from './prepare-world';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export interface NodeCredentials {
  exchange: HttpExchange;
  credentials: TemporaryCredentials;
  /** `arn:aws:sts::<account>:assumed-role/<node role>/<instance id>` */
  sessionArn: string;
}

/**
 * IMDSv2's GET of the role's credentials (the session token header is what IMDSv2 requires).
 * The JSON is IMDS's documented form: Code, LastUpdated, Type, AccessKeyId, SecretAccessKey,
 * Token, Expiration (EC2 User Guide, "Retrieve security credentials from instance metadata").
 */
export function nodeRoleCredentials(world: PodIdentityWorld, env: RunEnvironment): NodeCredentials {
  const ids = env.ids('pod-identity-imds');
  const now = env.clock.now();
  const { roleName, instanceId } = world.node;
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
    exchange: {
      request: {
        method: 'GET',
        target: `/latest/meta-data/iam/security-credentials/${roleName}`,
        headers: [
          ['Host', '169.254.169.254'],
          ['X-aws-ec2-metadata-token', base64url.encode(ids.bytes(42))],
        ],
        body: '',
      },
      response: httpResponse(200, [['Content-Type', 'text/plain']], body),
    },
    credentials,
    sessionArn: `arn:aws:sts::${world.scenario.accountId}:assumed-role/${roleName}/${instanceId}`,
  };
}
