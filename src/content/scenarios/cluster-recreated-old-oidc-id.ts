import { GET_TRUST_POLICY, NO_PROVIDER } from './shared';
import type { CatalogueEntry } from './types';

// Reported in aws/containers-roadmap#1579 and aws/karpenter-provider-aws#1666: a recreated
// cluster gets a new OIDC id, and nothing in IAM follows it.
export const clusterRecreatedOldOidcId: CatalogueEntry = {
  id: 'cluster-recreated-old-oidc-id',
  title: 'Cluster recreated: IAM still names the old OIDC id',
  kind: 'breaks',
  changes: { wiring: { staleOidcId: '9F8E7D6C5B4A39281706F5E4D3C2B1A0' } },
  expected: {
    step: 2,
    awsCode: 'InvalidIdentityToken',
    message: NO_PROVIDER,
  },
  cause:
    'The cluster was deleted and created again under the same name, so its issuer has a new OIDC id, while the IAM OIDC provider and the trust policy still name the old one. STS finds no provider for the new issuer ({{clusterOidcId}}); fixing only the provider would then fail at the trust policy.',
  fix: {
    summary: 'Create the provider for the new issuer and update the trust policy to it',
    changes: { wiring: { staleOidcId: null } },
  },
  verify: [
    'aws eks describe-cluster --name <cluster-name> --query "cluster.identity.oidc.issuer" --output text',
    'aws iam list-open-id-connect-providers',
    GET_TRUST_POLICY,
  ],
};
