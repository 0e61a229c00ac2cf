import { GET_TRUST_POLICY, TRUST_IRSA_ONLY } from './shared';
import type { PodIdentityCatalogueEntry } from './types';

// hashicorp/terraform-provider-aws#41483: an IRSA-style (Federated) trust policy, refused at
// CreatePodIdentityAssociation. CLI form seen verbatim in public code.
export const podIdentityTrustWrongPrincipal: PodIdentityCatalogueEntry = {
  id: 'pod-identity-trust-wrong-principal',
  title: 'IRSA role reused: trust policy names the OIDC provider',
  kind: 'breaks',
  changes: { wiring: { trustPolicy: TRUST_IRSA_ONLY } },
  expected: {
    step: 0,
    awsCode: 'InvalidParameterException',
    message: 'Trust policy of the role provided is invalid.',
  },
  cause:
    'The role was made for IRSA: it trusts the cluster’s OIDC provider for sts:AssumeRoleWithWebIdentity. Pod Identity needs the service principal pods.eks.amazonaws.com, and EKS checks that when the association is created. (Had the trust policy been changed after the association, EKS Auth would refuse at run time instead, like a missing sts:TagSession.)',
  fix: {
    summary:
      'Trust pods.eks.amazonaws.com for sts:AssumeRole and sts:TagSession (IRSA’s statement may stay)',
    changes: { wiring: { trustPolicy: null } },
  },
  verify: [
    GET_TRUST_POLICY,
    'aws iam update-assume-role-policy --role-name {{roleName}} --policy-document file://pod-identity-trust.json',
  ],
  alsoSeenAs: [
    'An error occurred (InvalidParameterException) when calling the CreatePodIdentityAssociation operation: Trust policy of the role provided is invalid.',
    'CreatePodIdentityAssociation: InvalidParameterException: Trust policy of the role provided is invalid',
  ],
};
