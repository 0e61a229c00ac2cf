import { LIST_ASSOCIATIONS, POD_ENV } from './shared';
import type { PodIdentityCatalogueEntry } from './types';

export const podIdentityHappyPath: PodIdentityCatalogueEntry = {
  id: 'pod-identity-happy-path',
  title: 'Pod Identity works',
  kind: 'works',
  changes: {},
  expected: { step: 6, awsCode: null, message: null },
  cause:
    'An association maps {{namespace}}/{{serviceAccount}} in {{clusterName}} to {{roleName}}, the agent runs on the node, the node role may call EKS Auth, and the role trusts pods.eks.amazonaws.com for sts:AssumeRole and sts:TagSession. The pod gets the role for six hours, tagged with its cluster, namespace, ServiceAccount and pod.',
  fix: null,
  verify: [
    LIST_ASSOCIATIONS,
    POD_ENV,
    'kubectl exec -n {{namespace}} {{podName}} -- aws sts get-caller-identity',
  ],
};
