import type { PredictExercise } from './types';

export const predictPodIdentityNodeRole: PredictExercise = {
  id: 'predict-pod-identity-node-role',
  group: 'pod-identity',
  kind: 'predict',
  title: 'An old node role meets Pod Identity',
  brief:
    "The node group's role was written before Pod Identity existed: it does not allow eks-auth:AssumeRoleForPodIdentity. The association, the agent and the role s3-reader are correct. The pod has asked the agent for credentials (step 1).",
  start: { flow: 'pod-identity', entry: 'pod-identity-node-role-missing-eks-auth' },
  pauseAt: 1,
  question: 'Which error code does the run end with?',
  choices: [
    {
      label: 'AccessDeniedException',
      predicts: { awsCode: 'AccessDeniedException' },
      misconception: '',
    },
    {
      label: 'AccessDenied',
      predicts: { awsCode: 'AccessDenied' },
      misconception:
        "AccessDenied is what S3 and STS call their refusals. The refusal here is EKS Auth's, and EKS Auth names it AccessDeniedException.",
    },
    {
      label: 'ResourceNotFoundException',
      predicts: { awsCode: 'ResourceNotFoundException' },
      misconception:
        'EKS Auth refuses the caller before it looks at the token or for an association: the association is never looked up.',
    },
    {
      label: 'InvalidParameterException',
      predicts: { awsCode: 'InvalidParameterException' },
      misconception:
        'That is how EKS refuses CreatePodIdentityAssociation at Setup, and the association was created: the node role plays no part in it. It is used at run time, when the agent calls EKS Auth.',
    },
  ],
  hints: [
    'The agent calls EKS Auth with whose credentials?',
    'It signs AssumeRoleForPodIdentity as the node role. Which service refuses, and what does it call a refusal?',
  ],
  explanation:
    "AccessDeniedException at step 2: the agent calls EKS Auth's AssumeRoleForPodIdentity with the node's own credentials (the node role, from IMDS), and this node role does not allow eks-auth:AssumeRoleForPodIdentity, so EKS Auth refuses the agent before it looks at the token. The agent relays the refusal; the pod prints it after botocore's \"Received non 200 response 400 from container metadata\". Attach AmazonEKSWorkerNodePolicy (or allow the action) on the node role.",
};
