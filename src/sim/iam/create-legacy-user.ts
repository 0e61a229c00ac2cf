/**
 * The IAM user behind static keys left in a pod spec: a CI deployer from before IRSA, allowed to
 * push images and nothing in S3. Its keys are long-term (`AKIA…`), so S3 needs no session token.
 */
import type { IdSource } from '../ids';
import type { Scenario } from '../scenario';
import type { User } from './types';

export const LEGACY_USER_NAME = 'legacy-deployer';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function createLegacyUser(scenario: Scenario, ids: IdSource): User {
  return {
    UserName: LEGACY_USER_NAME,
    Arn: `arn:aws:iam::${scenario.accountId}:user/${LEGACY_USER_NAME}`,
    UserId: `AIDA${ids.chars(17, BASE32)}`,
    AccessKeyId: `AKIA${ids.chars(16, BASE32)}`,
    SecretAccessKey: ids.chars(40, SECRET_ALPHABET),
    PermissionPolicy: JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'PushImages',
            Effect: 'Allow',
            Action: ['ecr:GetAuthorizationToken', 'ecr:PutImage', 'ecr:UploadLayerPart'],
            Resource: '*',
          },
        ],
      },
      null,
      2,
    ),
  };
}
