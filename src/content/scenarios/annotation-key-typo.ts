import { NODE_ROLE_DENIED } from './shared';
import type { CatalogueEntry } from './types';

export const annotationKeyTypo: CatalogueEntry = {
  id: 'annotation-key-typo',
  title: 'Annotation key typo: the pod falls back to the node role',
  kind: 'breaks',
  changes: { wiring: { annotationKey: 'eks.amazonaws.com/role_arn' } },
  expected: { step: 6, awsCode: 'AccessDenied', message: NODE_ROLE_DENIED },
  cause:
    'The webhook only reacts to eks.amazonaws.com/role-arn; with role_arn it leaves the pod alone. Without AWS_ROLE_ARN the SDK never calls STS: its credential chain ends at IMDS, the pod acts as the node role, and S3 denies that role.',
  fix: {
    summary: 'Use the key eks.amazonaws.com/role-arn and recreate the pod',
    changes: { wiring: { annotationKey: 'eks.amazonaws.com/role-arn' } },
  },
  verify: [
    'kubectl get serviceaccount {{serviceAccount}} -n {{namespace}} -o jsonpath="{.metadata.annotations}"',
    'kubectl exec -n {{namespace}} {{podName}} -- env | grep AWS_',
    'kubectl exec -n {{namespace}} {{podName}} -- aws sts get-caller-identity',
  ],
};
