import type { CatalogueEntry } from './types';

// cube-js/cube#11622 and gadsme/charts#13: IRSA credentials used after their hour is up.
export const sessionCredentialsNotRefreshed: CatalogueEntry = {
  id: 'session-credentials-not-refreshed',
  title: 'Session credentials used after they expired',
  kind: 'breaks',
  // 4000 s after STS issued them: past the 3600-second session.
  changes: { wiring: { credentialsUsedAfterSeconds: 4000 } },
  expected: { step: 6, awsCode: 'ExpiredToken', message: 'The provided token has expired.' },
  cause:
    'The application copied the temporary credentials into its own S3 client once and kept them. STS sessions from the default chain last 3600 s; after that S3 refuses the session token. The SDK refreshes on its own only when it owns the credentials.',
  fix: {
    summary: "Let the SDK's credential provider refresh the session",
    changes: { wiring: { credentialsUsedAfterSeconds: 0 } },
  },
  verify: [
    'kubectl logs -n {{namespace}} {{podName}} | grep -i ExpiredToken',
    'kubectl exec -n {{namespace}} {{podName}} -- aws sts get-caller-identity',
  ],
};
