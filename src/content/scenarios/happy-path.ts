import type { CatalogueEntry } from './types';

export const happyPath: CatalogueEntry = {
  id: 'happy-path',
  title: 'Everything configured correctly',
  kind: 'works',
  changes: {},
  expected: { step: 6, awsCode: null, message: null },
  cause:
    'The ServiceAccount is annotated, the webhook injected the token and variables, the account has an IAM OIDC provider for the cluster, and the trust policy pins both sub and aud. STS returns credentials and S3 lists the buckets.',
  fix: null,
  verify: [
    'kubectl get serviceaccount {{serviceAccount}} -n {{namespace}} -o yaml',
    'kubectl exec -n {{namespace}} {{podName}} -- env | grep AWS_',
    'kubectl exec -n {{namespace}} {{podName}} -- aws sts get-caller-identity',
  ],
};
