import { trustPolicyForSub } from './policies';
import { GET_TRUST_POLICY, DENIED, RESTORE_TRUST } from './shared';
import type { CatalogueEntry } from './types';

export const subOtherServiceAccount: CatalogueEntry = {
  id: 'sub-other-service-account',
  title: 'Trust policy names another service account',
  kind: 'breaks',
  changes: {
    wiring: { trustPolicy: trustPolicyForSub('system:serviceaccount:{{namespace}}:other-app') },
  },
  expected: { step: 4, awsCode: 'AccessDenied', message: DENIED },
  cause:
    'The role trusts the service account other-app, but the pod uses {{serviceAccount}}. The sub claim is compared exactly, so the trust policy denies.',
  fix: RESTORE_TRUST,
  verify: [
    GET_TRUST_POLICY,
    'kubectl get pod {{podName}} -n {{namespace}} -o jsonpath="{.spec.serviceAccountName}"',
  ],
};
