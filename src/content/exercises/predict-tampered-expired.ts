import type { PredictExercise } from './types';

export const predictTamperedExpired: PredictExercise = {
  id: 'predict-tampered-expired',
  group: 'basics',
  kind: 'predict',
  title: 'Which check fails first: signature or expiry?',
  brief:
    "Someone copied a pod's token 25 hours ago, so it expired an hour ago, then rewrote its sub to another ServiceAccount and kept the original signature. They send it to STS themselves. STS has found the IAM OIDC provider (step 2).",
  start: {
    flow: 'irsa',
    entry: 'expired-token',
    changes: { wiring: { payloadTamperedAfterSigning: true } },
  },
  pauseAt: 2,
  question: 'Which check fails first?',
  choices: [
    {
      label: 'signature: the signature verifies',
      predicts: { failedCheck: 'signature' },
      misconception: '',
    },
    {
      label: 'exp: the token has not expired',
      predicts: { failedCheck: 'exp' },
      misconception:
        'STS verifies the signature before it reads any claim: an unverified token is not trusted even to say when it expires.',
    },
    {
      label: 'aud: the audience is a client ID of the provider',
      predicts: { failedCheck: 'aud' },
      misconception: 'Only sub was rewritten: aud still says sts.amazonaws.com.',
    },
    {
      label: 'The trust policy: sub names another ServiceAccount',
      predicts: { failsAt: 4 },
      misconception:
        'The trust policy never sees a token STS rejected: step 4 runs only for a token that passed every check of step 3.',
    },
  ],
  hints: [
    'Two things are wrong with this token. In which order does STS look?',
    'alg, kid and signature come before any claim (iss, aud, nbf, exp).',
  ],
  explanation:
    'InvalidIdentityToken: The web identity token that was passed could not be validated, at step 3, check signature. The RS256 signature covers header and payload, so any edit to the payload breaks it, and STS verifies the signature before it trusts a single claim: the expiry is never reached. The answer names neither the edit nor the expiry.',
};
