import { ABAC_PERMISSION_POLICY } from './shared';
import type { PodIdentityCatalogueEntry } from './types';

export const podIdentityAbacMismatch: PodIdentityCatalogueEntry = {
  id: 'pod-identity-abac-namespace-mismatch',
  title: 'ABAC: the pod’s namespace is not the one the role is tagged for',
  kind: 'breaks',
  changes: {
    names: { namespace: 'team-b' },
    wiring: {
      permissionPolicy: ABAC_PERMISSION_POLICY,
      roleTags: { 'allowed-namespace': 'default' },
    },
  },
  expected: {
    step: 6,
    awsCode: 'AccessDenied',
    message:
      'User: {{sessionArn}} is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action',
  },
  cause:
    'Pod Identity itself worked: the association for team-b gave the pod the role. But the permission policy only allows sessions whose kubernetes-namespace tag (set by EKS to "team-b") equals the role’s allowed-namespace tag ("default"), so no statement applies and the implicit deny stands.',
  fix: {
    summary: 'Tag the role for the pod’s namespace (allowed-namespace = team-b)',
    changes: { wiring: { roleTags: { 'allowed-namespace': '{{namespace}}' } } },
  },
  verify: [
    'aws iam list-role-tags --role-name {{roleName}}',
    'aws iam tag-role --role-name {{roleName}} --tags Key=allowed-namespace,Value={{namespace}}',
  ],
};
