import { trustPolicyForSub } from './policies';
import { GET_TRUST_POLICY, DENIED, RESTORE_TRUST } from './shared';
import type { CatalogueEntry } from './types';

export const subOtherNamespace: CatalogueEntry = {
  id: 'sub-other-namespace',
  title: 'Trust policy names another namespace',
  kind: 'breaks',
  changes: {
    wiring: {
      trustPolicy: trustPolicyForSub('system:serviceaccount:production:{{serviceAccount}}'),
    },
  },
  expected: { step: 4, awsCode: 'AccessDenied', message: DENIED },
  cause:
    'The role trusts system:serviceaccount:production:{{serviceAccount}}, but the pod runs in {{namespace}}, so its token says system:serviceaccount:{{namespace}}:{{serviceAccount}}. StringEquals on :sub does not match and no statement allows the call.',
  fix: RESTORE_TRUST,
  verify: [
    GET_TRUST_POLICY,
    'kubectl get pod {{podName}} -n {{namespace}} -o jsonpath="{.spec.serviceAccountName}"',
  ],
};
