import { GET_TRUST_POLICY, RELAYED, TRUST_DENIED, TRUST_WITHOUT_TAG_SESSION } from './shared';
import type { PodIdentityCatalogueEntry } from './types';

// The answer: aws-samples/amazon-eks-security-immersion-day (use-cases page, CLI output and the
// CloudTrail event), where a trust policy condition refused EKS's AssumeRole the same way.
export const podIdentityTrustMissingTagSession: PodIdentityCatalogueEntry = {
  id: 'pod-identity-trust-missing-tag-session',
  title: 'Trust policy allows sts:AssumeRole but not sts:TagSession',
  kind: 'breaks',
  changes: {
    wiring: { trustPolicy: TRUST_WITHOUT_TAG_SESSION, trustPolicyEditedAfterAssociation: true },
  },
  expected: {
    step: 4,
    awsCode: 'AccessDeniedException',
    message: TRUST_DENIED,
    seenInPodStartsWith: RELAYED(400),
  },
  cause:
    'EKS always passes six session tags when it assumes the role, and passing tags needs sts:TagSession in the trust policy. The trust policy was trimmed to sts:AssumeRole after the association was created, so STS refuses, and EKS Auth reports it in its own words, naming neither tags nor the missing action.',
  fix: {
    summary: 'Allow sts:AssumeRole and sts:TagSession for pods.eks.amazonaws.com',
    changes: { wiring: { trustPolicy: null } },
  },
  verify: [
    GET_TRUST_POLICY,
    'aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=AssumeRoleForPodIdentity --max-items 1',
  ],
  alsoSeenAs: [
    'Error when retrieving credentials from container-role: Error retrieving metadata: Received non 200 response 400 from container metadata: [042d8e16-eb43-43e3-a069-08c51a744ef6]: (AccessDeniedException): Unauthorized Exception! EKS does not have permissions to assume the associated role., fault: client',
    'failed to refresh cached credentials, failed to load credentials, Unauthorized Exception! EKS does not have permissions to assume the associated role., fault: client',
  ],
};
