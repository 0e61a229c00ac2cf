import type { CatalogueEntry } from './types';

export const s3MissingSessionToken: CatalogueEntry = {
  id: 's3-missing-session-token',
  title: 'Temporary key sent without its session token',
  kind: 'breaks',
  changes: { wiring: { s3SessionTokenSent: false } },
  expected: {
    step: 6,
    awsCode: 'InvalidAccessKeyId',
    message: 'The AWS Access Key Id you provided does not exist in our records.',
  },
  cause:
    'IRSA worked, but the S3 client was given only the access key id and secret key: a temporary ASIA… key is valid only together with its session token, sent as x-amz-security-token. Without it S3 answers as if the key did not exist.',
  fix: {
    summary:
      'Pass the session token along with the key (AWS_SESSION_TOKEN, or let the SDK chain supply all three)',
    changes: { wiring: { s3SessionTokenSent: true } },
  },
  verify: [
    'kubectl exec -n {{namespace}} {{podName}} -- env | grep -E "^AWS_(ACCESS_KEY_ID|SESSION_TOKEN|ROLE_ARN)="',
    'aws sts get-caller-identity',
  ],
};
