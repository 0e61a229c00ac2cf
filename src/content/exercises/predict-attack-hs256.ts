import type { PredictExercise } from './types';

export const predictAttackHs256: PredictExercise = {
  id: 'predict-attack-hs256',
  group: 'security',
  kind: 'predict',
  title: 'A token signed with the public key',
  brief:
    'An attacker takes the issuer\'s RSA public key from its JWKS and uses it as an HMAC secret: they write a token with {"alg":"HS256"} and the real kid, sign it with HMAC-SHA256, and send it to STS. STS has found the IAM OIDC provider (step 2).',
  start: { flow: 'irsa', entry: 'attack-hs256-public-key' },
  pauseAt: 2,
  question: 'Which check of step 3 refuses it?',
  choices: [
    {
      label: 'alg: the header names an algorithm STS accepts',
      predicts: { failedCheck: 'alg' },
      misconception: '',
    },
    {
      label: 'signature: the HMAC does not verify',
      predicts: { failedCheck: 'signature' },
      misconception:
        "STS never computes an HMAC here: it accepts only RS256/384/512 and ES256/384/512, and checks the header's alg before it touches any key.",
    },
    {
      label: 'kid: the key is not in the JWKS',
      predicts: { failedCheck: 'kid' },
      misconception:
        'The forged header keeps the real kid, so the key would be found; the algorithm is checked before the key anyway.',
    },
    {
      label: 'None: the HMAC verifies with the public key, so STS accepts it',
      predicts: { failsAt: null },
      misconception:
        'That works only against a verifier that lets the token choose its algorithm. STS takes public-key signatures only, so an HMAC token is refused whatever its secret.',
    },
  ],
  hints: [
    'Which part of the token tells a verifier how to check the signature?',
    'The STS API reference lists the algorithms it accepts for web identity tokens. Is HS256 one?',
  ],
  explanation:
    'InvalidIdentityToken: The web identity token that was passed could not be validated, at step 3, check alg. STS accepts tokens signed with RSA (RS256/384/512) or ECDSA (ES256/384/512) keys only, so an HS256 header is refused before any key is looked up. The attack needs a verifier that trusts the header to pick the algorithm.',
};
