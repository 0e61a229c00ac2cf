import { NODE_ROLE_DENIED } from './shared';
import type { CatalogueEntry } from './types';

// EKS User Guide, "Use IRSA with the AWS SDK" (minimum versions); geoserver/geoserver-cloud#335,
// awslabs/aws-servicebroker#217.
export const sdkIgnoresWebIdentity: CatalogueEntry = {
  id: 'sdk-ignores-web-identity',
  title: 'SDK too old for web identity',
  kind: 'breaks',
  changes: { wiring: { sdkSupportsWebIdentity: false } },
  expected: { step: 6, awsCode: 'AccessDenied', message: NODE_ROLE_DENIED },
  cause:
    'The webhook did its part: the pod has AWS_ROLE_ARN and the token file. But the SDK predates web identity (boto3 before 1.9.220, Go v1 before 1.23.13, Java v2 before 2.10.11), so its chain skips them and ends at IMDS and the node role. Java v2 without the sts module says "To use web identity tokens, the \'sts\' service module must be on the class path."',
  fix: {
    summary: 'Upgrade the SDK (and add the sts module in Java)',
    changes: { wiring: { sdkSupportsWebIdentity: true } },
  },
  verify: [
    'kubectl exec -n {{namespace}} {{podName}} -- env | grep AWS_',
    'kubectl exec -n {{namespace}} {{podName}} -- pip show boto3 botocore',
    'kubectl exec -n {{namespace}} {{podName}} -- aws sts get-caller-identity',
  ],
  alsoSeenAs: ["To use web identity tokens, the 'sts' service module must be on the class path."],
};
