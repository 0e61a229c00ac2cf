import { TRUST_POLICY_SUBJECT_UNDER_AUD } from './policies';
import { DENIED, GET_TRUST_POLICY, RESTORE_TRUST } from './shared';
import type { CatalogueEntry } from './types';

// Reported in aws/karpenter-provider-aws#1313 and aws/containers-roadmap#1579.
export const trustAudInsteadOfSub: CatalogueEntry = {
  id: 'trust-aud-instead-of-sub',
  title: 'Service account written under :aud instead of :sub',
  kind: 'breaks',
  changes: { wiring: { trustPolicy: TRUST_POLICY_SUBJECT_UNDER_AUD } },
  expected: { step: 4, awsCode: 'AccessDenied', message: DENIED },
  cause:
    "The trust policy compares {{issuerHostPath}}:aud with system:serviceaccount:{{namespace}}:{{serviceAccount}}. The token's aud is sts.amazonaws.com, so the condition is false and the role is denied; the service account belongs under :sub.",
  fix: RESTORE_TRUST,
  verify: [GET_TRUST_POLICY],
};
