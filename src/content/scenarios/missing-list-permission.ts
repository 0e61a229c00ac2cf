import { PERMISSION_POLICY_GET_OBJECT_ONLY } from './policies';
import type { CatalogueEntry } from './types';

export const missingListPermission: CatalogueEntry = {
  id: 'missing-list-permission',
  title: 'Role lacks s3:ListAllMyBuckets',
  kind: 'breaks',
  changes: { wiring: { permissionPolicy: PERMISSION_POLICY_GET_OBJECT_ONLY } },
  expected: {
    step: 6,
    awsCode: 'AccessDenied',
    message:
      'User: arn:aws:sts::{{accountId}}:assumed-role/{{roleName}}/botocore-session-1795867200 is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action',
  },
  cause:
    'IRSA worked: the pod has the role. But the role only allows s3:GetObject on one bucket, and ListBuckets needs s3:ListAllMyBuckets on "*". No statement allows it, so the implicit deny stands.',
  fix: {
    summary: 'Allow s3:ListAllMyBuckets on "*"',
    changes: { wiring: { permissionPolicy: null } },
  },
  verify: [
    'aws iam simulate-principal-policy --policy-source-arn {{roleArn}} --action-names s3:ListAllMyBuckets',
    'aws iam list-role-policies --role-name {{roleName}}',
  ],
};
