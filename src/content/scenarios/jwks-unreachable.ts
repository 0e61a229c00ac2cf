import { KEY_NOT_RETRIEVED } from './shared';
import type { CatalogueEntry } from './types';

// Reported in openshift/cloud-credential-operator#468 and aws/aws-sdk-js-v3#3052; the self-hosted
// layout follows the webhook's SELF_HOSTED_SETUP.md (discovery document and keys.json in S3).
export const jwksUnreachable: CatalogueEntry = {
  id: 'jwks-unreachable',
  title: "Self-hosted issuer's keys cannot be fetched",
  kind: 'breaks',
  changes: { wiring: { issuerHosting: 'private-s3-bucket' } },
  expected: {
    step: 3,
    awsCode: 'InvalidIdentityToken',
    message: KEY_NOT_RETRIEVED,
  },
  cause:
    'A self-managed cluster publishes its discovery document and JWKS to an S3 bucket, but the bucket is private. STS fetches them anonymously over HTTPS, gets 403 AccessDenied, and cannot check the signature without the keys.',
  fix: {
    summary: 'Make the issuer documents publicly readable',
    changes: { wiring: { issuerHosting: 'public-s3-bucket' } },
  },
  verify: [
    'curl -s -o /dev/null -w "%{http_code}\\n" {{issuerUrl}}/.well-known/openid-configuration',
    'curl -s {{issuerUrl}}/keys.json | jq ".keys[].kid"',
    'aws s3api get-public-access-block --bucket oidc-issuer-{{accountId}}',
  ],
};
