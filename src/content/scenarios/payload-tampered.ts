import { DECODE_TOKEN } from './shared';
import type { CatalogueEntry } from './types';

export const payloadTampered: CatalogueEntry = {
  id: 'payload-tampered',
  title: 'Payload changed after signing',
  kind: 'breaks',
  changes: { wiring: { payloadTamperedAfterSigning: true } },
  expected: {
    step: 3,
    awsCode: 'InvalidIdentityToken',
    message:
      'The web identity token that was passed could not be validated by Amazon Web Services. Get a new identity token from the identity provider and then retry the request.',
  },
  cause:
    "Someone rewrote the token's sub to another service account but kept the original signature. The RS256 signature covers header and payload, so verification with the issuer's public key fails.",
  fix: {
    summary: 'Send the token exactly as the kubelet wrote it',
    changes: { wiring: { payloadTamperedAfterSigning: false } },
  },
  verify: [DECODE_TOKEN],
};
