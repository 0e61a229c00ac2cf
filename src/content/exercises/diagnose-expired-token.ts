import type { DiagnoseExercise } from './types';

export const diagnoseExpiredToken: DiagnoseExercise = {
  id: 'diagnose-expired-token',
  group: 'troubleshooting',
  kind: 'diagnose',
  title: 'ExpiredTokenException from STS',
  brief:
    'A batch job in the pod, which worked yesterday, calls STS itself for credentials. STS answers ExpiredTokenException: Token expired: current date/time … must be before the expiration date/time …',
  start: { flow: 'irsa', entry: 'expired-token' },
  question: 'What is the cause?',
  choices: [
    {
      label:
        'The job sends a token it read more than 24 hours ago, not the file the kubelet keeps fresh',
      cure: { entryFix: 'expired-token' },
      misconception: '',
    },
    {
      label: 'The job uses its temporary credentials after their hour is up',
      cure: { entryFix: 'session-credentials-not-refreshed' },
      misconception:
        'Expired session credentials are refused by S3 at step 6 with ExpiredToken: The provided token has expired. This answer comes from STS at step 3, before any session exists.',
    },
    {
      label: "The job asks for a session longer than the role's MaxSessionDuration",
      cure: { entryFix: 'duration-above-max' },
      misconception:
        "A session longer than the role allows is refused at step 5 with ValidationError. ExpiredTokenException is about the web identity token's exp.",
    },
    {
      label: 'The cluster rotated the key that signed the token',
      cure: { entryFix: 'rotated-signing-key' },
      misconception:
        "A kid the JWKS no longer lists is InvalidIdentityToken: Couldn't retrieve verification key. ExpiredTokenException means the signature verified and only exp failed.",
    },
  ],
  hints: [
    'Which token is this about: the web identity token, or the session STS would issue?',
    "The second number is the token's exp. Projected tokens last 24 hours, and the kubelet refreshes the file long before that.",
  ],
  explanation:
    "ExpiredTokenException at step 3: the web identity token's exp is an hour in the past, beyond the five minutes IAM allows for clock skew. The job read the token once and kept it; the kubelet rewrites the file at 80% of the token's lifetime, so read the file again for each AssumeRoleWithWebIdentity call (the SDK does).",
};
