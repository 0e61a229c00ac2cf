import { DECODE_TOKEN } from './shared';
import type { CatalogueEntry } from './types';

export const tokenWithinClockSkew: CatalogueEntry = {
  id: 'token-within-clock-skew',
  title: 'Token three minutes past exp: still accepted',
  kind: 'works',
  // 86 580 s old: three minutes past the 24-hour expiry, inside the 5-minute window.
  changes: { wiring: { tokenAgeSeconds: 86580 } },
  expected: { step: 6, awsCode: null, message: null },
  cause:
    'The token expired three minutes ago, yet STS accepts it: IAM allows five minutes past exp for clock skew between the issuer and AWS (IAM User Guide, OIDC federation). Step 3 shows the window; a client should still not rely on it.',
  fix: null,
  verify: [DECODE_TOKEN + ' | jq ".exp | todate"', 'date -u'],
};
