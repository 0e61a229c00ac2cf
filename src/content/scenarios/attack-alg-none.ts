import { FORGED_TOKEN_MESSAGE } from './shared';
import type { CatalogueEntry } from './types';

export const attackAlgNone: CatalogueEntry = {
  id: 'attack-alg-none',
  title: 'Attack: unsigned token (alg: none)',
  kind: 'attack',
  changes: { wiring: { tokenForgery: 'alg-none' } },
  expected: { step: 3, awsCode: 'InvalidIdentityToken', message: FORGED_TOKEN_MESSAGE },
  cause:
    'The attacker sends a token with {"alg":"none"} and no signature, hoping the verifier skips the check. STS accepts only RS256/384/512 and ES256/384/512, so the token is rejected before any key is looked up.',
  fix: {
    summary: 'Send the token the kubelet issued',
    changes: { wiring: { tokenForgery: 'none' } },
  },
  verify: [
    'kubectl exec -n {{namespace}} {{podName}} -- cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token | cut -d. -f1 | base64 -d',
  ],
};
