import type { PredictExercise } from './types';

export const predictPodIdentityAgent: PredictExercise = {
  id: 'predict-pod-identity-agent',
  group: 'pod-identity',
  kind: 'predict',
  title: 'No Pod Identity Agent on the node',
  brief:
    'The pod identity association for default/my-service-account exists, so the webhook gave the pod AWS_CONTAINER_CREDENTIALS_FULL_URI=http://169.254.170.23/v1/credentials and a token. But the eks-pod-identity-agent add-on was never installed. The run stands at Setup.',
  start: { flow: 'pod-identity', entry: 'pod-identity-agent-not-running' },
  pauseAt: 0,
  question: 'Which step fails?',
  choices: [
    {
      label: 'Step 1: the pod asks the agent for credentials',
      predicts: { failsAt: 1 },
      misconception: '',
    },
    {
      label: 'Step 2: EKS Auth refuses the call',
      predicts: { failsAt: 2 },
      misconception:
        'Nothing reaches EKS Auth: the agent is what calls it, and nothing listens on 169.254.170.23.',
    },
    {
      label: 'Step 6: the pod falls back to the node role and S3 refuses it',
      predicts: { failsAt: 6 },
      misconception:
        'The pod was mutated, so the SDK uses its container-credentials provider; when that fails botocore raises CredentialRetrievalError instead of going on to the node role.',
    },
    {
      label: 'Setup: EKS refuses the association without an agent',
      predicts: { failsAt: 0 },
      misconception:
        'CreatePodIdentityAssociation does not look at the nodes: the association was created, and the webhook mutated the pod.',
    },
  ],
  hints: [
    'Who answers http://169.254.170.23/v1/credentials?',
    'The agent is a DaemonSet on each node. Without it, the first hop has nobody to talk to.',
  ],
  explanation:
    'CredentialRetrievalError at step 1: the SDK asked http://169.254.170.23/v1/credentials, where the eks-pod-identity-agent should listen, and after its attempts timed out gave up before any AWS service was involved. Install the eks-pod-identity-agent add-on.',
};
