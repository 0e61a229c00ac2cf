import type { PodIdentityCatalogueEntry } from './types';

// EKS User Guide, pod-id-assign-target-role: the Pod Identity role must be in the cluster's
// account (PassRole). The sentence is IAM PassRole's, seen for EKS CreateNodegroup; for
// CreatePodIdentityAssociation neither code nor text is captured (evidence: unconfirmed).
export const podIdentityRoleInAnotherAccount: PodIdentityCatalogueEntry = {
  id: 'pod-identity-role-in-another-account',
  title: 'Association names a role in another account',
  kind: 'breaks',
  changes: { wiring: { roleAccountId: '444455556666' } },
  expected: {
    step: 0,
    awsCode: 'InvalidParameterException',
    message: 'Cross-account pass role is not allowed.',
  },
  cause:
    'EKS passes the association’s role to itself, and a role can only be passed within its own account, so the role must live in {{accountId}}. For resources in 444455556666, associate a role of this account and give the association a targetRoleArn in the other account (EKS chains the two).',
  fix: {
    summary: 'Use a role in the cluster’s account (and a target role for the other account)',
    changes: { wiring: { roleAccountId: null } },
  },
  verify: [
    'aws eks describe-cluster --name {{clusterName}} --query cluster.arn',
    'aws eks create-pod-identity-association --cluster-name {{clusterName}} --namespace {{namespace}} --service-account {{serviceAccount}} --role-arn arn:aws:iam::{{accountId}}:role/{{roleName}} --target-role-arn arn:aws:iam::444455556666:role/{{roleName}}',
  ],
};
