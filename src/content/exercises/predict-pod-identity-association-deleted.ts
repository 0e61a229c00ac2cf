import type { PredictExercise } from './types';

export const predictPodIdentityAssociationDeleted: PredictExercise = {
  id: 'predict-pod-identity-association-deleted',
  group: 'pod-identity',
  kind: 'predict',
  title: 'The association is deleted while the pod runs',
  brief:
    'The pod was created while an association for default/my-service-account existed, so the webhook gave it the Pod Identity variables and token. Then someone deleted the association. The agent and the roles are fine. The run stands at Setup.',
  start: { flow: 'pod-identity', entry: 'pod-identity-association-deleted' },
  pauseAt: 0,
  question: 'Which step fails?',
  choices: [
    {
      label: 'Step 3: EKS Auth verifies the token, then looks for the association',
      predicts: { failsAt: 3 },
      misconception: '',
    },
    {
      label: 'Step 6: the pod falls back to the node role and S3 refuses it',
      predicts: { failsAt: 6 },
      misconception:
        'The webhook mutates a pod only when it is created: this pod keeps its variables and still asks the agent. Falling through to the node role happens to pods created with no association.',
    },
    {
      label: 'Step 1: the agent refuses the pod',
      predicts: { failsAt: 1 },
      misconception:
        'The agent keeps no list of associations: it passes the token to EKS Auth and relays the answer.',
    },
    {
      label: 'Step 4: STS refuses EKS',
      predicts: { failsAt: 4 },
      misconception:
        'With no association EKS Auth does not know which role to assume, so it never calls STS.',
    },
  ],
  hints: [
    'Where does the association live: in the pod, on the node, or in the EKS API?',
    'Which service looks it up, and when?',
  ],
  explanation:
    "ResourceNotFoundException: The token included in the request has no service account role association for it, at step 3. EKS Auth verified the pod's token, then found no association for default/my-service-account in the cluster; the agent relays its 404 to the SDK. Recreate the association.",
};
