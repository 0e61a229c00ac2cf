import { FORGED_TOKEN_MESSAGE } from './shared';
import type { CatalogueEntry } from './types';

export const attackHs256PublicKey: CatalogueEntry = {
  id: 'attack-hs256-public-key',
  title: 'Attack: HS256 signed with the public key',
  kind: 'attack',
  changes: { wiring: { tokenForgery: 'hs256-with-public-key' } },
  expected: { step: 3, awsCode: 'InvalidIdentityToken', message: FORGED_TOKEN_MESSAGE },
  cause:
    "The attacker signs with HMAC-SHA256 using the issuer's published RSA public key as the secret, hoping a verifier mixes up key types. STS never accepts HMAC algorithms for web identity tokens, so it is rejected.",
  fix: {
    summary: 'Send the token the kubelet issued',
    changes: { wiring: { tokenForgery: 'none' } },
  },
  verify: [
    'curl -s {{issuerUrl}}/.well-known/openid-configuration | jq .id_token_signing_alg_values_supported',
  ],
};
