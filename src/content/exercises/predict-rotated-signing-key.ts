import type { PredictExercise } from './types';

export const predictRotatedSigningKey: PredictExercise = {
  id: 'predict-rotated-signing-key',
  group: 'basics',
  kind: 'predict',
  title: "The token's key is no longer published",
  brief:
    "The token's header names a kid that the issuer's JWKS (…/keys) no longer lists: the key was rotated out. The token was issued a moment ago and its claims are right. STS has found the IAM OIDC provider (step 2).",
  start: { flow: 'irsa', entry: 'rotated-signing-key' },
  pauseAt: 2,
  question: 'Which check of step 3 fails first?',
  choices: [
    {
      label: 'kid: the JWKS has a key whose kid matches the header',
      predicts: { failedCheck: 'kid' },
      misconception: '',
    },
    {
      label: 'signature: the signature verifies',
      predicts: { failedCheck: 'signature' },
      misconception:
        'The signature is checked with the key the kid names. With no such key in the JWKS there is nothing to check it with: the key lookup fails first.',
    },
    {
      label: 'iss: the issuer matches',
      predicts: { failedCheck: 'iss' },
      misconception:
        "iss still names this cluster's issuer: only the signing key changed, and STS found the provider by iss at step 2.",
    },
    {
      label: 'exp: the token has not expired',
      predicts: { failedCheck: 'exp' },
      misconception:
        'The token was issued a moment ago; and claims are only read after the signature verifies.',
    },
  ],
  hints: [
    'Step 3 checks, in order: alg, kid, signature, then the claims (iss, aud, nbf, exp).',
    'To verify a signature, STS first needs the public key the header names.',
  ],
  explanation:
    "InvalidIdentityToken: Couldn't retrieve verification key from your identity provider, at step 3, check kid. STS fetches the issuer's JWKS and looks for the key the token's header names; a token signed with a key that was rotated out (or by another cluster) names a kid the JWKS no longer lists, so the signature cannot even be checked.",
};
