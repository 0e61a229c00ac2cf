import type { DiagnoseExercise } from './types';

export const diagnosePodIdentityTagSession: DiagnoseExercise = {
  id: 'diagnose-pod-identity-tag-session',
  group: 'pod-identity',
  kind: 'diagnose',
  title: 'EKS does not have permissions to assume the role',
  brief:
    "It worked until someone tidied the role's trust policy. Now the pod gets, relayed by the agent: (AccessDeniedException): Unauthorized Exception! EKS does not have permissions to assume the associated role., fault: client",
  start: { flow: 'pod-identity', entry: 'pod-identity-trust-missing-tag-session' },
  question: 'What is the cause?',
  choices: [
    {
      label: 'The trust policy allows sts:AssumeRole but no longer sts:TagSession',
      cure: { entryFix: 'pod-identity-trust-missing-tag-session' },
      misconception: '',
    },
    {
      label: 'The node role does not allow eks-auth:AssumeRoleForPodIdentity',
      cure: { entryFix: 'pod-identity-node-role-missing-eks-auth' },
      misconception:
        'That refusal comes at step 2 and names eks-node-role and eks-auth:AssumeRoleForPodIdentity. Here EKS Auth accepted the agent and failed later, when it assumed the role.',
    },
    {
      label: 'The association was deleted',
      cure: { entryFix: 'pod-identity-association-deleted' },
      misconception:
        'A missing association is ResourceNotFoundException at step 3: "The token included in the request has no service account role association for it."',
    },
    {
      label: 'The role is in another account',
      cure: { entryFix: 'pod-identity-role-in-another-account' },
      misconception:
        'A role of another account cannot be associated at all ("Cross-account pass role is not allowed." at Setup); this association exists and worked.',
    },
  ],
  hints: [
    'Which step is "EKS assumes the role", and what does STS evaluate there?',
    'EKS passes six session tags when it assumes the role. What must the trust policy allow for that?',
  ],
  explanation:
    'AccessDeniedException: Unauthorized Exception! EKS does not have permissions to assume the associated role, at step 4. EKS always passes session tags (cluster, namespace, ServiceAccount, pod) when it assumes the role, and passing tags needs sts:TagSession in the trust policy. The trimmed policy allows only sts:AssumeRole, so STS refuses, and EKS Auth reports it in its own words. Allow both actions for pods.eks.amazonaws.com.',
};
