import type { CatalogueEntry } from './types';

export const durationAboveMax: CatalogueEntry = {
  id: 'duration-above-max',
  title: 'Session duration above the role maximum',
  kind: 'breaks',
  changes: { names: { sessionDurationSeconds: 7200 }, wiring: { caller: 'aws-cli' } },
  expected: {
    step: 5,
    awsCode: 'ValidationError',
    message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
  },
  cause:
    "A script in the pod runs aws sts assume-role-with-web-identity --duration-seconds 7200, but the role's MaxSessionDuration is 3600. STS verifies the token and the trust policy, then refuses a session longer than the role allows. (The SDK's default chain never sends DurationSeconds: its sessions are always 3600 s.)",
  fix: {
    summary: 'Ask for 3600 seconds or less (or raise the role maximum)',
    changes: { names: { sessionDurationSeconds: 3600 } },
  },
  verify: [
    'aws iam get-role --role-name {{roleName}} --query Role.MaxSessionDuration',
    'aws iam update-role --role-name {{roleName}} --max-session-duration 7200',
  ],
};
