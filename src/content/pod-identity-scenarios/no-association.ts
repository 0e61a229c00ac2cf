import { LIST_ASSOCIATIONS, NODE_ROLE_S3_DENIED, POD_ENV } from './shared';
import type { PodIdentityCatalogueEntry } from './types';

// Only pods created after the association get it: aws/containers-roadmap#2400; the webhook
// mutates from its container-credentials config (pkg/containercredentials, handler.go).
export const podIdentityNoAssociation: PodIdentityCatalogueEntry = {
  id: 'pod-identity-no-association',
  title: 'No association for the ServiceAccount when the pod started',
  kind: 'breaks',
  changes: { wiring: { association: 'missing' } },
  expected: { step: 6, awsCode: 'AccessDenied', message: NODE_ROLE_S3_DENIED },
  cause:
    'There was no pod identity association for {{namespace}}/{{serviceAccount}} when the pod was created (none at all, or one made afterwards), so the webhook added no AWS_CONTAINER_* variables and no token. The SDK’s chain ends at IMDS and the pod acts as the node role, which S3 refuses.',
  fix: {
    summary: 'Create the association, then recreate the pod',
    changes: { wiring: { association: 'exists' } },
  },
  verify: [
    LIST_ASSOCIATIONS,
    'aws eks create-pod-identity-association --cluster-name {{clusterName}} --namespace {{namespace}} --service-account {{serviceAccount}} --role-arn {{roleArn}}',
    POD_ENV,
    'kubectl rollout restart deployment/<deployment> -n {{namespace}}',
  ],
};
