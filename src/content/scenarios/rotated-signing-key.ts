import { KEY_NOT_RETRIEVED } from './shared';
import type { CatalogueEntry } from './types';

export const rotatedSigningKey: CatalogueEntry = {
  id: 'rotated-signing-key',
  title: "Signing key's kid not in the JWKS",
  kind: 'breaks',
  changes: { wiring: { signingKeyRotated: true } },
  expected: {
    step: 3,
    awsCode: 'InvalidIdentityToken',
    message: KEY_NOT_RETRIEVED,
  },
  cause:
    "The token's header names a kid that the issuer's JWKS no longer lists: a token from a key that was rotated out, or from another cluster. Without the key, STS cannot check the signature. (EKS rotates its key every 7 days and keeps old public keys until their tokens expire.)",
  fix: {
    summary: 'Use a token signed with a key the JWKS publishes',
    changes: { wiring: { signingKeyRotated: false } },
  },
  verify: [
    'curl -s {{issuerUrl}}/keys | jq ".keys[].kid"',
    'kubectl exec -n {{namespace}} {{podName}} -- cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token | cut -d. -f1 | base64 -d',
  ],
};
