import { PERMISSION_POLICY_WITH_DENY } from './policies';
import type { CatalogueEntry } from './types';

export const explicitDeny: CatalogueEntry = {
  id: 'explicit-deny',
  title: 'An explicit Deny wins',
  kind: 'breaks',
  changes: { wiring: { permissionPolicy: PERMISSION_POLICY_WITH_DENY } },
  expected: {
    step: 6,
    awsCode: 'AccessDenied',
    message:
      'User: arn:aws:sts::{{accountId}}:assumed-role/{{roleName}}/botocore-session-1795867200 is not authorized to perform: s3:ListAllMyBuckets with an explicit deny in an identity-based policy',
  },
  cause:
    'The policy allows s3:ListAllMyBuckets, but another statement denies s3:*. In IAM an explicit Deny always overrides an Allow, whatever the order of the statements.',
  fix: { summary: 'Remove the Deny statement', changes: { wiring: { permissionPolicy: null } } },
  verify: [
    'aws iam simulate-principal-policy --policy-source-arn {{roleArn}} --action-names s3:ListAllMyBuckets',
    'aws iam get-role-policy --role-name {{roleName}} --policy-name <policy-name>',
  ],
};
