import type { PredictExercise } from './types';

export const predictNoOidcProvider: PredictExercise = {
  id: 'predict-no-oidc-provider',
  group: 'basics',
  kind: 'predict',
  title: 'A new cluster, no IAM OIDC provider',
  brief:
    'The cluster is new: nobody ran eksctl utils associate-iam-oidc-provider, so the account has no IAM OIDC provider for its issuer. Everything else is correct. The pod has sent its token and role ARN to STS (step 1).',
  start: { flow: 'irsa', entry: 'no-oidc-provider' },
  pauseAt: 1,
  question: 'Which step refuses?',
  choices: [
    {
      label: 'Step 2: STS looks up the provider',
      predicts: { failsAt: 2 },
      misconception: '',
    },
    {
      label: 'Step 1: STS refuses the request',
      predicts: { failsAt: 1 },
      misconception:
        "Step 1 only checks the request itself (the role ARN's form, the token's length); no provider is consulted there.",
    },
    {
      label: 'Step 3: verifying the signature',
      predicts: { failsAt: 3 },
      misconception:
        "Without a provider STS does not go on to fetch keys: it stops at the lookup by the token's iss, one step earlier.",
    },
    {
      label: 'Step 4: the trust policy names a provider that does not exist',
      predicts: { failsAt: 4 },
      misconception:
        'The trust policy is never evaluated for a token whose issuer STS cannot trust: the run ends before step 4.',
    },
  ],
  hints: [
    'Before STS can verify anything, it has to know whom to trust for this token.',
    "STS looks the token's iss up among the account's IAM OIDC providers. What if it finds none?",
  ],
  explanation:
    "InvalidIdentityToken: No OpenIDConnect provider found in your account for https://oidc.eks…, at step 2. STS looks the token's issuer up among the IAM OIDC providers of the role's account; the cluster's issuer was never registered, so no token from it can be trusted. Create the provider (eksctl utils associate-iam-oidc-provider).",
};
