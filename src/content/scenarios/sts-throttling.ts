import type { CatalogueEntry } from './types';

// aws/aws-sdk-go-v2#2544 (the Go v2 text below), apache/datafusion-comet#6025.
export const stsThrottling: CatalogueEntry = {
  id: 'sts-throttling',
  title: 'STS throttles the calls',
  kind: 'breaks',
  changes: { wiring: { stsThrottled: true } },
  expected: { step: 1, awsCode: 'Throttling', message: 'Rate exceeded' },
  cause:
    "Many pods (or one app creating a new SDK session per request) call AssumeRoleWithWebIdentity at once and exceed the account's STS request rate. STS answers Throttling before looking at the token.",
  fix: {
    summary: 'Reuse one SDK session per process and back off on Throttling',
    changes: { wiring: { stsThrottled: false } },
  },
  verify: [
    'kubectl logs -n {{namespace}} {{podName}} | grep -c Throttling',
    'aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=AssumeRoleWithWebIdentity --max-results 50',
  ],
  alsoSeenAs: [
    'operation error STS: AssumeRoleWithWebIdentity, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: 28f9ea25-8179-45a4-a569-1b25baf9607e, api error Throttling: Rate exceeded',
  ],
};
