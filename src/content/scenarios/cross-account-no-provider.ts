import { NO_PROVIDER } from './shared';
import type { CatalogueEntry } from './types';

// Reported in aws/amazon-eks-pod-identity-webhook#24 and kubernetes-sigs/aws-load-balancer-controller#1226.
export const crossAccountNoProvider: CatalogueEntry = {
  id: 'cross-account-no-provider',
  title: 'Role in another account without a provider for the cluster',
  kind: 'breaks',
  changes: { wiring: { roleAccountId: '444455556666', oidcProviderRegistered: false } },
  expected: {
    step: 2,
    awsCode: 'InvalidIdentityToken',
    message: NO_PROVIDER,
  },
  cause:
    "The ServiceAccount names a role in account 444455556666, but the cluster's IAM OIDC provider exists only in {{accountId}}. STS looks for the provider in the role's account, so the token's issuer is unknown there.",
  fix: {
    summary: 'Create an IAM OIDC provider for the issuer in account 444455556666',
    changes: { wiring: { oidcProviderRegistered: true } },
  },
  verify: [
    'kubectl get serviceaccount {{serviceAccount}} -n {{namespace}} -o jsonpath="{.metadata.annotations.eks\\.amazonaws\\.com/role-arn}"',
    'aws iam list-open-id-connect-providers --profile <profile-of-444455556666>',
    'aws iam create-open-id-connect-provider --url {{issuerUrl}} --client-id-list sts.amazonaws.com --profile <profile-of-444455556666>',
  ],
};
