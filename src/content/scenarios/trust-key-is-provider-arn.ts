import { TRUST_POLICY_KEYS_AS_PROVIDER_ARN } from './policies';
import { DENIED, GET_TRUST_POLICY, RESTORE_TRUST } from './shared';
import type { CatalogueEntry } from './types';

// Reported in aws/karpenter-provider-aws#1666 and #1313 (hand-written trust policies).
export const trustKeyIsProviderArn: CatalogueEntry = {
  id: 'trust-key-is-provider-arn',
  title: 'Condition keys written as the provider ARN',
  kind: 'breaks',
  changes: { wiring: { trustPolicy: TRUST_POLICY_KEYS_AS_PROVIDER_ARN } },
  expected: { step: 4, awsCode: 'AccessDenied', message: DENIED },
  cause:
    'The condition keys start with arn:aws:iam::…:oidc-provider/ instead of the issuer host and path. STS names the keys {{issuerHostPath}}:sub and :aud, so these keys are absent from the request, StringEquals on an absent key is false, and no statement allows the call.',
  fix: RESTORE_TRUST,
  verify: [
    GET_TRUST_POLICY,
    'aws eks describe-cluster --name <cluster-name> --query "cluster.identity.oidc.issuer" --output text | sed "s|https://||"',
  ],
};
