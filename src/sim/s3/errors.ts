/** S3's REST errors for ListBuckets (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html). */
import { simError, type MessageSource, type SimError } from '../result';

const gh = (repo: string, n: number): MessageSource => ({
  title: `${repo}#${n}`,
  url: `https://github.com/${repo}/issues/${n}`,
});
const MOUNTPOINT_FIXTURES: MessageSource = {
  title: 'awslabs/mountpoint-s3, S3 error fixtures (s3_crt_client.rs)',
  url: 'https://github.com/awslabs/mountpoint-s3/blob/main/mountpoint-s3-client/src/s3_crt_client.rs',
};
const ACCESS_DENIED_GUIDE: MessageSource = {
  title: 'IAM User Guide, access denied error messages',
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html',
};

const HOP = 'pod-to-s3';

export const s3Errors = {
  invalidAccessKeyId: (): SimError =>
    simError(
      HOP,
      'ERR_S3_INVALID_ACCESS_KEY',
      'InvalidAccessKeyId',
      403,
      // Verbatim in captured S3 answers, also for an ASIA… key sent without its session token
      // (databendlabs/databend#8069, ex-aws/ex_aws#37).
      'The AWS Access Key Id you provided does not exist in our records.',
      'observed',
      gh('databendlabs/databend', 8069),
    ),
  signatureDoesNotMatch: (): SimError =>
    simError(
      HOP,
      'ERR_S3_SIGNATURE_MISMATCH',
      'SignatureDoesNotMatch',
      403,
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      'observed',
      MOUNTPOINT_FIXTURES,
    ),
  invalidToken: (): SimError =>
    simError(
      HOP,
      'ERR_S3_TOKEN_INVALID',
      'InvalidToken',
      400,
      'The provided token is malformed or otherwise invalid.',
      'observed',
      MOUNTPOINT_FIXTURES,
    ),
  expiredToken: (): SimError =>
    simError(
      HOP,
      'ERR_S3_TOKEN_EXPIRED',
      'ExpiredToken',
      400,
      'The provided token has expired.',
      'observed',
      gh('cube-js/cube', 11622),
    ),
  /** The enhanced same-account message; the implicit-deny form is observed verbatim for ListBuckets. */
  accessDenied: (principalArn: string, explicit: boolean): SimError =>
    simError(
      HOP,
      'ERR_S3_ACCESS_DENIED',
      'AccessDenied',
      403,
      explicit
        ? `User: ${principalArn} is not authorized to perform: s3:ListAllMyBuckets with an explicit deny in an identity-based policy`
        : `User: ${principalArn} is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action`,
      explicit ? 'model' : 'observed',
      ACCESS_DENIED_GUIDE,
    ),
};
