import { ABAC_PERMISSION_POLICY } from './shared';
import type { PodIdentityCatalogueEntry } from './types';

// EKS User Guide, pod-id-abac (session tags, ${aws:PrincipalTag/…}); IAM User Guide, policy
// variables; role tags and session tags are both principal tags (IAM condition keys reference).
export const podIdentityAbacMatches: PodIdentityCatalogueEntry = {
  id: 'pod-identity-abac-namespace-matches',
  title: 'ABAC: the session’s namespace tag matches the role’s tag',
  kind: 'works',
  changes: {
    wiring: {
      permissionPolicy: ABAC_PERMISSION_POLICY,
      roleTags: { 'allowed-namespace': 'default' },
    },
  },
  expected: { step: 6, awsCode: null, message: null },
  cause:
    'The permission policy compares the role’s allowed-namespace tag with ${aws:PrincipalTag/kubernetes-namespace}, which IAM fills from the session tag EKS set: "default" equals "default", so the statement applies.',
  fix: null,
  verify: [
    'aws iam list-role-tags --role-name {{roleName}}',
    'aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=AssumeRole --max-items 5',
  ],
};
