import type { World } from '../prepare-world';
import type { StsToPodStep } from '../steps';

/**
 * Step 5 when the SDK took static keys from its environment: nothing is asked of STS or IMDS.
 * The keys are an IAM user's long-term keys, so there is no session token and no expiry.
 */
export function environmentCredentials(world: World): StsToPodStep {
  const user = world.iam.users[0];
  return {
    imdsRequest: null,
    response: null,
    credentials: user
      ? {
          AccessKeyId: user.AccessKeyId,
          SecretAccessKey: user.SecretAccessKey,
          SessionToken: '',
          Expiration: '',
        }
      : null,
    assumedRoleArn: user?.Arn ?? null,
    ok: true,
    checks: [],
    error: null,
    errorResponse: null,
    skipped:
      'No credentials were issued: the SDK signs with the long-term keys of the IAM user it found in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
  };
}
