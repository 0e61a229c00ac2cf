import type { DiagnoseExercise } from './types';

export const diagnosePodIdentityNoAssociation: DiagnoseExercise = {
  id: 'diagnose-pod-identity-no-association',
  group: 'pod-identity',
  kind: 'diagnose',
  title: 'Pod Identity, and the node role answers',
  brief:
    'The pod should use s3-reader through Pod Identity, yet it logs: User: arn:aws:sts::111122223333:assumed-role/eks-node-role/i-… is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action.',
  start: { flow: 'pod-identity', entry: 'pod-identity-no-association' },
  question: 'What is the cause?',
  choices: [
    {
      label: 'There was no pod identity association for its ServiceAccount when the pod started',
      cure: { entryFix: 'pod-identity-no-association' },
      misconception: '',
    },
    {
      label: 'The Pod Identity Agent is not installed',
      cure: { entryFix: 'pod-identity-agent-not-running' },
      misconception:
        'A mutated pod without an agent fails at step 1 with CredentialRetrievalError: botocore does not go on to the node role when the container provider fails.',
    },
    {
      label: 'The node role does not allow eks-auth:AssumeRoleForPodIdentity',
      cure: { entryFix: 'pod-identity-node-role-missing-eks-auth' },
      misconception:
        'That would be EKS Auth refusing the agent at step 2 (AccessDeniedException for eks-auth:AssumeRoleForPodIdentity), not S3 refusing the node role at step 6.',
    },
    {
      label: "The role's trust policy does not allow sts:TagSession",
      cure: { entryFix: 'pod-identity-trust-missing-tag-session' },
      misconception:
        'The node role\'s name in the error means the pod never asked for s3-reader: a trust policy refusal would end at step 4 with "Unauthorized Exception! EKS does not have permissions to assume the associated role."',
    },
  ],
  hints: [
    'Whose identity does the error name?',
    'The SDK fell through to IMDS: the pod has no AWS_CONTAINER_CREDENTIALS_FULL_URI. What makes the webhook add it?',
  ],
  explanation:
    "AccessDenied as assumed-role/eks-node-role at step 6: the webhook adds the Pod Identity variables and token only to pods created while an association exists for their namespace and ServiceAccount. There was none, so the SDK's chain ended at IMDS and the pod acted as the node role. Create the association, then recreate the pod.",
};
