import { LIST_ASSOCIATIONS, RELAYED } from './shared';
import type { PodIdentityCatalogueEntry } from './types';

// The text, relayed by the agent as a 404, appears verbatim in a public CloudNativePG/Barman
// troubleshooting note (found through code search; repository not identified). Code and status:
// EKS Auth's model (ResourceNotFoundException, 404).
export const podIdentityAssociationDeleted: PodIdentityCatalogueEntry = {
  id: 'pod-identity-association-deleted',
  title: 'Association deleted while the pod runs',
  kind: 'breaks',
  changes: { wiring: { association: 'deleted-after-pod-start' } },
  expected: {
    step: 3,
    awsCode: 'ResourceNotFoundException',
    message: 'The token included in the request has no service account role association for it.',
    seenInPodStartsWith: RELAYED(404),
  },
  cause:
    'The pod was created while an association existed, so it has the Pod Identity variables and token. The association was then deleted: EKS Auth verifies the token but finds no association for {{namespace}}/{{serviceAccount}} in {{clusterName}}, and the agent relays its 404 to the SDK.',
  fix: {
    summary: 'Recreate the association (then wait for the agent to fetch again)',
    changes: { wiring: { association: 'exists' } },
  },
  verify: [
    LIST_ASSOCIATIONS,
    'aws eks create-pod-identity-association --cluster-name {{clusterName}} --namespace {{namespace}} --service-account {{serviceAccount}} --role-arn {{roleArn}}',
  ],
  alsoSeenAs: [
    '(ResourceNotFoundException): The token included in the request has no service account role association for it., fault: client',
  ],
};
