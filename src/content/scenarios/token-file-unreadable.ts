import type { CatalogueEntry } from './types';

// aws/amazon-eks-pod-identity-webhook#8 (the Go text below), aws/aws-eks-best-practices#85;
// fixed in Kubernetes 1.19 by kubernetes/kubernetes#89193.
export const tokenFileUnreadable: CatalogueEntry = {
  id: 'token-file-unreadable',
  title: 'Non-root container cannot read the token file',
  kind: 'breaks',
  historical: 'Kubernetes 1.18 and older',
  changes: { names: { kubernetesVersion: '1.18' }, wiring: { containerRunsAsNonRoot: true } },
  expected: {
    step: 1,
    awsCode: 'PermissionError',
    message:
      "[Errno 13] Permission denied: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token'",
  },
  cause:
    'Before Kubernetes 1.19 the kubelet wrote the projected token 0600, owned by root. This container runs as UID 1000, so the SDK cannot open the file and fails before calling STS.',
  fix: {
    summary: 'Set securityContext.fsGroup: 65534 on the pod (or upgrade Kubernetes)',
    changes: { wiring: { podFsGroup: 65534 } },
  },
  verify: [
    'kubectl exec -n {{namespace}} {{podName}} -- ls -l /var/run/secrets/eks.amazonaws.com/serviceaccount/',
    'kubectl exec -n {{namespace}} {{podName}} -- id',
    'kubectl version',
  ],
  alsoSeenAs: [
    'WebIdentityErr: unable to read file at /var/run/secrets/eks.amazonaws.com/serviceaccount/token\ncaused by: open /var/run/secrets/eks.amazonaws.com/serviceaccount/token: permission denied',
  ],
};
