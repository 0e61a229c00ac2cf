import { NODE_ROLE_DENIED } from './shared';
import type { CatalogueEntry } from './types';

// aws/amazon-eks-pod-identity-webhook#28; handler.go looks the ServiceAccount up in an informer
// cache and waits --service-account-lookup-grace-period (default 100ms) before giving up.
export const webhookMissedPod: CatalogueEntry = {
  id: 'webhook-missed-pod',
  title: 'Webhook had not seen the ServiceAccount yet',
  kind: 'breaks',
  changes: { wiring: { serviceAccountCachedByWebhook: false } },
  expected: { step: 6, awsCode: 'AccessDenied', message: NODE_ROLE_DENIED },
  cause:
    'The ServiceAccount and the Deployment were applied together. The webhook reads ServiceAccounts from its cache, which had not caught up when the pod was admitted, so it let the pod through unchanged. Without AWS_* variables the SDK ends at IMDS and the node role.',
  fix: {
    summary: 'Recreate the pod now that the webhook knows the ServiceAccount',
    changes: { wiring: { serviceAccountCachedByWebhook: true } },
  },
  verify: [
    'kubectl get pod {{podName}} -n {{namespace}} -o jsonpath="{.spec.volumes[*].name}"',
    'kubectl rollout restart deployment/<deployment> -n {{namespace}}',
  ],
};
