import type { EditExercise } from './types';

export const fixDurationAboveMax: EditExercise = {
  id: 'fix-duration-above-max',
  group: 'troubleshooting',
  kind: 'fix',
  title: 'A session longer than the role allows',
  brief:
    'A script in the pod runs aws sts assume-role-with-web-identity --duration-seconds 7200 and gets ValidationError: The requested DurationSeconds exceeds the MaxSessionDuration set for this role. Make the call succeed.',
  start: { flow: 'irsa', entry: 'duration-above-max' },
  hints: [
    'Step 5 compares two numbers. Where does each come from?',
    "DurationSeconds is what the script asks for; MaxSessionDuration is a setting of the role (IAM's default is 3600).",
    "Ask for 3600 seconds or less, or raise the role's maximum to at least 7200.",
  ],
  explanation:
    "ValidationError: The requested DurationSeconds exceeds the MaxSessionDuration set for this role, at step 5. STS verified the token and the trust policy, then refused a 7200-second session for a role whose MaxSessionDuration is 3600. Ask for less, or raise the role's maximum (1 to 12 hours). The SDK's default chain never sends DurationSeconds: its sessions always last 3600 s.",
  editable: ['sessionDurationSeconds', 'roleMaxSessionDurationSeconds'],
  attackers: [],
  solution: { names: { sessionDurationSeconds: 3600 } },
  alsoCorrect: [
    { names: { roleMaxSessionDurationSeconds: 7200 } },
    { names: { sessionDurationSeconds: 1800 } },
  ],
  wrong: [
    { names: { sessionDurationSeconds: 5400 } },
    { names: { roleMaxSessionDurationSeconds: 5400 } },
  ],
};
