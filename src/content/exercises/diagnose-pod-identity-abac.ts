import type { DiagnoseExercise } from './types';

export const diagnosePodIdentityAbac: DiagnoseExercise = {
  id: 'diagnose-pod-identity-abac',
  group: 'pod-identity',
  kind: 'diagnose',
  title: "The role's session is denied in team-b",
  brief:
    "One managed policy serves many roles: it allows s3:ListAllMyBuckets when the role's allowed-namespace tag equals ${aws:PrincipalTag/kubernetes-namespace}. A pod in team-b gets: User: arn:aws:sts::111122223333:assumed-role/s3-reader/eks-my-cluster-my-app-… is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action.",
  start: { flow: 'pod-identity', entry: 'pod-identity-abac-namespace-mismatch' },
  question: 'What is the cause?',
  choices: [
    {
      label: "The role's allowed-namespace tag names another namespace than team-b",
      cure: { entryFix: 'pod-identity-abac-namespace-mismatch' },
      misconception: '',
    },
    {
      label: 'There is no association for team-b',
      cure: { entryFix: 'pod-identity-no-association' },
      misconception:
        "The session is s3-reader's, named by EKS (eks-my-cluster-…): the association gave the pod the role. Without one, the error would name eks-node-role.",
    },
    {
      label: 'The trust policy does not allow sts:TagSession, so the session has no namespace tag',
      cure: { entryFix: 'pod-identity-trust-missing-tag-session' },
      misconception:
        'Without sts:TagSession EKS cannot assume the role at all: the run would end at step 4. This session exists and reached S3, tags included.',
    },
    {
      label: 'The node role does not allow eks-auth:AssumeRoleForPodIdentity',
      cure: { entryFix: 'pod-identity-node-role-missing-eks-auth' },
      misconception:
        'The node role only lets the agent call EKS Auth (step 2); the pod got the role, so that worked.',
    },
  ],
  hints: [
    'The message names assumed-role/s3-reader: Pod Identity itself worked. What does the policy compare?',
    "EKS sets kubernetes-namespace to the pod's namespace. What is the role's allowed-namespace tag?",
  ],
  explanation:
    'AccessDenied "because no identity-based policy allows", at step 6. Pod Identity worked: the session is the role\'s, tagged by EKS with kubernetes-namespace = team-b. The policy applies only when that tag equals the role\'s allowed-namespace tag, which says "default", so no statement applies and the implicit deny stands. Tag the role for team-b (or give team-b its own role).',
};
