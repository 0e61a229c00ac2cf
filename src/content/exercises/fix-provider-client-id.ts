import type { EditExercise } from './types';

export const fixProviderClientId: EditExercise = {
  id: 'fix-provider-client-id',
  group: 'troubleshooting',
  kind: 'fix',
  title: "A typo in the provider's client IDs",
  brief:
    "STS answers InvalidIdentityToken: Incorrect token audience. The token's aud is sts.amazonaws.com, as EKS writes it. Fix the IAM OIDC provider or the ServiceAccount so that the pod lists its buckets.",
  start: { flow: 'irsa', entry: 'provider-client-id-typo' },
  hints: [
    "STS compares the token's aud with a list kept on the IAM OIDC provider.",
    'aws iam get-open-id-connect-provider … --query ClientIDList: what does it hold?',
    'The client ID list must contain sts.amazonaws.com.',
  ],
  explanation:
    'InvalidIdentityToken: Incorrect token audience, at step 3. The provider was created with the client ID "sts.amazon.com", while the token\'s aud is "sts.amazonaws.com". STS accepts a token only when its aud is in the provider\'s client ID list. Changing the token\'s audience to match the typo only moves the failure: the trust policy pins :aud to sts.amazonaws.com.',
  editable: ['providerClientIds', 'tokenAudience'],
  attackers: [
    {
      label: 'default/intruder (another ServiceAccount)',
      names: { serviceAccountName: 'intruder', podName: 'intruder' },
    },
  ],
  solution: { wiring: { providerClientIds: ['sts.amazonaws.com'] } },
  // add-client-id-to-open-id-connect-provider: the typo may stay beside the right one.
  alsoCorrect: [{ wiring: { providerClientIds: ['sts.amazon.com', 'sts.amazonaws.com'] } }],
  wrong: [
    // The token now matches the provider, but the trust policy pins :aud to sts.amazonaws.com.
    { wiring: { tokenAudience: 'sts.amazon.com' } },
    // The regional endpoint's host is not the audience: EKS tokens say sts.amazonaws.com.
    { wiring: { providerClientIds: ['sts.us-west-2.amazonaws.com'] } },
  ],
};
