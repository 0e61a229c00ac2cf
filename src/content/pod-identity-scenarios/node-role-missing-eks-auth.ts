import { NODE_ROLE_WITHOUT_EKS_AUTH, RELAYED } from './shared';
import type { PodIdentityCatalogueEntry } from './types';

// No public capture of this denial: the message is IAM's usual sentence (evidence: unconfirmed).
// The permission and AmazonEKSWorkerNodePolicy: EKS User Guide, pod-id-agent-setup.
export const podIdentityNodeRoleMissingEksAuth: PodIdentityCatalogueEntry = {
  id: 'pod-identity-node-role-missing-eks-auth',
  title: 'Node role lacks eks-auth:AssumeRoleForPodIdentity',
  kind: 'breaks',
  changes: { wiring: { nodeRolePolicy: NODE_ROLE_WITHOUT_EKS_AUTH } },
  expected: {
    step: 2,
    awsCode: 'AccessDeniedException',
    message:
      'User: {{nodeSessionArn}} is not authorized to perform: eks-auth:AssumeRoleForPodIdentity on resource: {{clusterArn}} because no identity-based policy allows the eks-auth:AssumeRoleForPodIdentity action',
    seenInPodStartsWith: RELAYED(400),
  },
  cause:
    'The agent calls EKS Auth with the node’s own credentials (the node role, from IMDS). This node role was written before Pod Identity and does not allow eks-auth:AssumeRoleForPodIdentity, so EKS Auth refuses the agent before it looks at the token.',
  fix: {
    summary:
      'Allow eks-auth:AssumeRoleForPodIdentity on the node role (AmazonEKSWorkerNodePolicy has it)',
    changes: { wiring: { nodeRolePolicy: null } },
  },
  verify: [
    'aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::{{accountId}}:role/eks-node-role --action-names eks-auth:AssumeRoleForPodIdentity --resource-arns {{clusterArn}}',
    'aws iam attach-role-policy --role-name eks-node-role --policy-arn arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy',
  ],
};
