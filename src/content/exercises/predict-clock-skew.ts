import type { PredictExercise } from './types';

export const predictClockSkew: PredictExercise = {
  id: 'predict-clock-skew',
  group: 'basics',
  kind: 'predict',
  title: 'A token three minutes past its exp',
  brief:
    'The SDK sends a token whose exp was three minutes ago (86 580 s after it was issued, for a 24-hour token). Everything else is correct. STS has found the IAM OIDC provider (step 2).',
  start: { flow: 'irsa', entry: 'token-within-clock-skew' },
  pauseAt: 2,
  question: 'What happens?',
  choices: [
    {
      label: 'Nothing refuses: the pod lists its buckets',
      predicts: { failsAt: null },
      misconception: '',
    },
    {
      label: 'STS answers ExpiredTokenException',
      predicts: { awsCode: 'ExpiredTokenException' },
      misconception:
        "IAM allows five minutes past a token's exp for clock skew between the issuer and AWS: three minutes late is still accepted.",
    },
    {
      label: 'S3 answers ExpiredToken at step 6',
      predicts: { awsCode: 'ExpiredToken' },
      misconception:
        "The session STS issues lasts its own hour from the moment it is issued, whatever the web identity token's age.",
    },
    {
      label: 'The trust policy refuses it at step 4',
      predicts: { failsAt: 4 },
      misconception:
        "The trust policy compares sub and aud; it does not look at the token's times.",
    },
  ],
  hints: [
    'Step 3 checks exp, but with some tolerance. How much?',
    "IAM's OIDC federation allows five minutes past exp.",
  ],
  explanation:
    'No error: STS accepts a token up to five minutes past its exp, for clock skew between the issuer and AWS (IAM User Guide, OIDC federation); step 3 shows the window. Past that, the answer is ExpiredTokenException. A client should not rely on the window: the kubelet refreshes the token file long before exp, so read the file again instead of keeping a copy.',
};
