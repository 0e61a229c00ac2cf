import { NODE_ROLE_DENIED } from './shared';
import type { CatalogueEntry } from './types';

export const podCreatedBeforeAnnotation: CatalogueEntry = {
  id: 'pod-created-before-annotation',
  title: 'Pod created before the annotation',
  kind: 'breaks',
  changes: { wiring: { podCreatedBeforeAnnotation: true } },
  expected: { step: 6, awsCode: 'AccessDenied', message: NODE_ROLE_DENIED },
  cause:
    'The webhook mutates pods only when they are created; this pod started before the ServiceAccount was annotated, so it has no token volume and no AWS_* variables. The SDK falls back to IMDS and the node role, which may not list buckets.',
  fix: {
    summary: 'Recreate the pod (kubectl rollout restart)',
    changes: { wiring: { podCreatedBeforeAnnotation: false } },
  },
  verify: [
    'kubectl exec -n {{namespace}} {{podName}} -- env | grep AWS_',
    'kubectl rollout restart deployment/<deployment> -n {{namespace}}',
    'kubectl exec -n {{namespace}} {{podName}} -- aws sts get-caller-identity',
  ],
};
