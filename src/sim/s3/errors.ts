/** S3's REST errors for ListBuckets (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html). */
import { simError, type SimError } from '../result';

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
    ),
  signatureDoesNotMatch: (): SimError =>
    simError(
      HOP,
      'ERR_S3_SIGNATURE_MISMATCH',
      'SignatureDoesNotMatch',
      403,
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      'model',
    ),
  invalidToken: (): SimError =>
    simError(
      HOP,
      'ERR_S3_TOKEN_INVALID',
      'InvalidToken',
      400,
      'The provided token is malformed or otherwise invalid.',
      'model',
    ),
  expiredToken: (): SimError =>
    simError(
      HOP,
      'ERR_S3_TOKEN_INVALID',
      'ExpiredToken',
      400,
      'The provided token has expired.',
      'model',
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
    ),
};
