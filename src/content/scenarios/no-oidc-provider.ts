import { NO_PROVIDER } from './shared';
import type { CatalogueEntry } from './types';

export const noOidcProvider: CatalogueEntry = {
  id: 'no-oidc-provider',
  title: 'No IAM OIDC provider for the cluster',
  kind: 'breaks',
  changes: { wiring: { oidcProviderRegistered: false } },
  expected: {
    step: 2,
    awsCode: 'InvalidIdentityToken',
    message: NO_PROVIDER,
  },
  cause:
    "STS looks up the token's issuer among the IAM OIDC identity providers of the role's account. The cluster's issuer was never registered (a new cluster, or a recreated one with a new OIDC id), so STS cannot trust any token from it.",
  fix: {
    summary: 'Create the IAM OIDC provider for the cluster issuer',
    changes: { wiring: { oidcProviderRegistered: true } },
  },
  verify: [
    'aws eks describe-cluster --name <cluster-name> --query "cluster.identity.oidc.issuer" --output text',
    'aws iam list-open-id-connect-providers | grep {{clusterOidcId}}',
    'eksctl utils associate-iam-oidc-provider --cluster <cluster-name> --approve',
  ],
};
