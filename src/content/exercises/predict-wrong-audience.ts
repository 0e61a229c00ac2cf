import type { PredictExercise } from './types';

export const predictWrongAudience: PredictExercise = {
  id: 'predict-wrong-audience',
  group: 'basics',
  kind: 'predict',
  title: 'Which hop notices the wrong audience?',
  brief:
    'The ServiceAccount carries eks.amazonaws.com/audience: sts.amazon.com (a typo), so the kubelet wrote a token whose aud is "sts.amazon.com". The run is paused after step 2.',
  start: { flow: 'irsa', entry: 'token-audience-annotation-typo' },
  pauseAt: 2,
  question: 'Which step refuses this token?',
  choices: [
    {
      label: 'Step 3: verifying the token with the OIDC provider',
      predicts: { failsAt: 3 },
      misconception: '',
    },
    {
      label: 'Step 4: the trust policy',
      predicts: { failsAt: 4 },
      misconception:
        "The trust policy never sees this token: STS checks aud against the provider's client IDs while verifying it, before any policy is evaluated.",
    },
    {
      label: 'Step 2: STS finds no provider',
      predicts: { failsAt: 2 },
      misconception:
        "Step 2 looks the provider up by the token's iss, which is right; aud plays no part in finding it.",
    },
    {
      label: 'None: the pod lists its buckets',
      predicts: { failsAt: null },
      misconception:
        "STS accepts a token only when its aud is one of the provider's client IDs (sts.amazonaws.com here).",
    },
  ],
  hints: [
    'aud is a claim of the token. Which hop checks claims?',
    "Step 3 checks the signature, then iss, aud and exp against the provider's settings.",
  ],
  explanation:
    'InvalidIdentityToken: Incorrect token audience, at step 3. The signature verifies (the cluster signed it), but STS requires aud to be one of the IAM OIDC provider\'s client IDs, and "sts.amazon.com" is not.',
};
