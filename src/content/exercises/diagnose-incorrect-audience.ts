import { trustPolicyForSub } from '../scenarios/policies';
import type { DiagnoseExercise } from './types';

export const diagnoseIncorrectAudience: DiagnoseExercise = {
  id: 'diagnose-incorrect-audience',
  group: 'troubleshooting',
  kind: 'diagnose',
  title: 'Incorrect token audience, with the right aud',
  brief:
    'STS answers InvalidIdentityToken: Incorrect token audience. Yet the token in the pod decodes to "aud": ["sts.amazonaws.com"], and the ServiceAccount has no eks.amazonaws.com/audience annotation.',
  start: { flow: 'irsa', entry: 'provider-client-id-typo' },
  question: 'What is the cause?',
  choices: [
    {
      label: "The IAM OIDC provider's client ID list does not contain sts.amazonaws.com",
      cure: { entryFix: 'provider-client-id-typo' },
      misconception: '',
    },
    {
      label: 'The ServiceAccount asks the webhook for another audience',
      cure: { entryFix: 'token-audience-annotation-typo' },
      misconception:
        "The token's aud is already sts.amazonaws.com: the pod's side is right. The other side of the comparison is the provider's client ID list.",
    },
    {
      label: "The trust policy's :aud condition names another audience",
      cure: {
        changes: {
          wiring: {
            trustPolicy: trustPolicyForSub(
              'system:serviceaccount:{{namespace}}:{{serviceAccount}}',
            ),
          },
        },
      },
      misconception:
        "The trust policy never sees a token STS rejected: aud is checked against the provider's client IDs at step 3, before the trust policy at step 4, which would answer AccessDenied.",
    },
    {
      label: 'The account has no IAM OIDC provider for the cluster',
      cure: { entryFix: 'no-oidc-provider' },
      misconception:
        'Without a provider STS answers "No OpenIDConnect provider found" at step 2. Checking the audience means it found one.',
    },
  ],
  hints: [
    "The audience check compares two lists. Which is the token's, and which is AWS's?",
    "STS accepts a token only when its aud is one of the provider's client IDs. Which of the two is wrong here?",
  ],
  explanation:
    'InvalidIdentityToken: Incorrect token audience, at step 3. STS accepts a token only when its aud is among the IAM OIDC provider\'s client IDs. The token says sts.amazonaws.com, as it should, but the provider was created with the client ID "sts.amazon.com" (a typo). Set the client ID list to sts.amazonaws.com.',
};
