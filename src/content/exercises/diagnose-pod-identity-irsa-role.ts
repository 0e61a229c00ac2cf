import type { DiagnoseExercise } from './types';

export const diagnosePodIdentityIrsaRole: DiagnoseExercise = {
  id: 'diagnose-pod-identity-irsa-role',
  group: 'pod-identity',
  kind: 'diagnose',
  title: 'The association is refused',
  brief:
    "Moving a workload from IRSA to Pod Identity, the team runs aws eks create-pod-identity-association for default/my-service-account with the role s3-reader, in the cluster's account. EKS answers InvalidParameterException: Trust policy of the role provided is invalid.",
  start: { flow: 'pod-identity', entry: 'pod-identity-trust-wrong-principal' },
  question: 'What is the cause?',
  choices: [
    {
      label: "The role still trusts only the cluster's OIDC provider, as IRSA needed",
      cure: { entryFix: 'pod-identity-trust-wrong-principal' },
      misconception: '',
    },
    {
      label: 'The role lives in another account',
      cure: { entryFix: 'pod-identity-role-in-another-account' },
      misconception:
        'A role of another account is refused with "Cross-account pass role is not allowed."; this one is in the cluster\'s account, and EKS named its trust policy.',
    },
    {
      label: 'The node role does not allow eks-auth:AssumeRoleForPodIdentity',
      cure: { entryFix: 'pod-identity-node-role-missing-eks-auth' },
      misconception:
        'The node role is only used at run time, by the agent calling EKS Auth; creating an association does not look at it.',
    },
    {
      label: 'The Pod Identity Agent is not installed',
      cure: { entryFix: 'pod-identity-agent-not-running' },
      misconception:
        'Creating an association does not look at the nodes: without an agent, pods fail later, at step 1, with CredentialRetrievalError.',
    },
  ],
  hints: [
    "The error is about the role's trust policy. Whom must it trust for Pod Identity?",
    'IRSA trusts a Federated OIDC provider; Pod Identity, a service principal. Which one?',
  ],
  explanation:
    "InvalidParameterException: Trust policy of the role provided is invalid, at Setup. EKS checks when the association is created that the role trusts the service principal pods.eks.amazonaws.com for sts:AssumeRole and sts:TagSession. A role made for IRSA trusts the cluster's OIDC provider for sts:AssumeRoleWithWebIdentity instead. Add the Pod Identity statement; the IRSA one may stay.",
};
