import { DECODE_TOKEN } from './shared';
import type { CatalogueEntry } from './types';

export const expiredToken: CatalogueEntry = {
  id: 'expired-token',
  title: 'Expired token',
  kind: 'breaks',
  // 90 000 s old: an hour past the 24-hour expiry, well beyond STS's 5-minute clock-skew window.
  changes: { wiring: { tokenAgeSeconds: 90000 } },
  expected: {
    step: 3,
    awsCode: 'ExpiredTokenException',
    // In the deterministic demo mode (clock 2026-11-28T12:00:00Z).
    message:
      'Token expired: current date/time 1795867200 must be before the expiration date/time 1795863600',
  },
  cause:
    'The token sent is more than 24 hours old: a copy taken out of the pod, or a client that read the file once and kept it. The kubelet refreshes the file at 80% of its lifetime; STS refuses a token more than five minutes past its exp.',
  fix: {
    summary: 'Use the token file the kubelet keeps fresh',
    changes: { wiring: { tokenAgeSeconds: 0 } },
  },
  verify: [DECODE_TOKEN + ' | jq ".exp | todate"', 'date -u'],
};
