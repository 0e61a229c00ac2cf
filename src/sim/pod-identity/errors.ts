/**
 * What EKS, EKS Auth, the agent and the SDK answer when Pod Identity fails, each with the capture
 * or page its wording was checked against (docs/pod-identity.md, "Failures and their words").
 */
import type { Hop, MessageEvidence, MessageSource, SimErrorCode } from '../result';
import type { PodIdentityError } from './types';

const gh = (repo: string, kind: 'issues' | 'pull', n: number): MessageSource => ({
  title: `${repo}#${n}`,
  url: `https://github.com/${repo}/${kind}/${n}`,
});

/** A real cluster's run of the failure, CLI output and CloudTrail event (2023-12). */
const IMMERSION_DAY_USE_CASES: MessageSource = {
  title:
    'aws-samples/amazon-eks-security-immersion-day, "Access control to IAM Role using EKS Pod Identity"',
  url: 'https://github.com/aws-samples/amazon-eks-security-immersion-day/blob/main/content/2-identity-and-access-management/3-eks-pod-identity/4.eks-pod-identity-usecases/index.en.md',
};
const EKS_AUTH_API: MessageSource = {
  title: 'EKS API Reference, AssumeRoleForPodIdentity (errors)',
  url: 'https://docs.aws.amazon.com/eks/latest/APIReference/API_auth_AssumeRoleForPodIdentity.html',
};
const IAM_ACCESS_DENIED: MessageSource = {
  title: 'IAM User Guide, access denied error messages (the general form)',
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html',
};
const TARGET_ROLE_GUIDE: MessageSource = {
  title:
    'EKS User Guide, pod-id-assign-target-role (the role must be in the cluster’s account: PassRole)',
  url: 'https://docs.aws.amazon.com/eks/latest/userguide/pod-id-assign-target-role.html',
};

function error(
  hop: Hop,
  code: SimErrorCode,
  awsCode: string,
  httpStatus: number,
  message: string,
  evidence: MessageEvidence,
  source: MessageSource,
): PodIdentityError {
  return { code, awsCode, message, httpStatus, hop, evidence, source };
}

/**
 * botocore's words around a failed container-credentials fetch: CredentialRetrievalError
 * ("Error when retrieving credentials from container-role: …") around MetadataRetrievalError
 * ("Error retrieving metadata: …"), as ContainerProvider and ContainerMetadataFetcher raise them.
 * https://github.com/boto/botocore/blob/develop/botocore/utils.py (ContainerMetadataFetcher._get_response)
 */
export const BOTOCORE_PREFIX =
  'Error when retrieving credentials from container-role: Error retrieving metadata: ';

/** What the pod prints when the agent answered with an error (the agent's body is relayed as is). */
export function seenInPodAfterAgentError(status: number, agentBody: string): string {
  return `${BOTOCORE_PREFIX}Received non 200 response ${status} from container metadata: ${agentBody}`.trimEnd();
}

/**
 * The agent's error body: `[<request id>]: (<code>): <message>, fault: client`, with the status
 * EKS Auth answered (pkg/errors/errors.go, HandleCredentialFetchingError; Go's http.Error adds \n).
 * https://github.com/aws/eks-pod-identity-agent/blob/main/pkg/errors/errors.go
 */
export function agentErrorBody(requestId: string, awsCode: string, message: string): string {
  return `[${requestId}]: (${awsCode}): ${message}, fault: client\n`;
}

export const podIdentityErrors = {
  /** Nothing answers on 169.254.170.23: botocore retries three times, then gives up. */
  agentUnreachable: (url: string) =>
    error(
      'in-pod',
      'ERR_POD_IDENTITY_AGENT_UNREACHABLE',
      'CredentialRetrievalError',
      0,
      `${BOTOCORE_PREFIX}Received error when attempting to retrieve container metadata: Connect timeout on endpoint URL: "${url}"`,
      'observed',
      gh('aws-samples/containers-blog-maelstrom', 'issues', 123),
    ),
  /** CreatePodIdentityAssociation with a role in another account. The wording is IAM PassRole's. */
  associationCrossAccount: () =>
    error(
      'setup',
      'ERR_POD_IDENTITY_ASSOCIATION_REFUSED',
      'InvalidParameterException',
      400,
      'Cross-account pass role is not allowed.',
      'unconfirmed',
      TARGET_ROLE_GUIDE,
    ),
  /** CreatePodIdentityAssociation with a role whose trust policy does not trust pods.eks.amazonaws.com. */
  associationTrustInvalid: () =>
    error(
      'setup',
      'ERR_POD_IDENTITY_ASSOCIATION_REFUSED',
      'InvalidParameterException',
      400,
      'Trust policy of the role provided is invalid.',
      'observed',
      gh('hashicorp/terraform-provider-aws', 'issues', 41483),
    ),
  /** The node role may not call eks-auth:AssumeRoleForPodIdentity (IAM's usual sentence; no capture). */
  nodeRoleDenied: (nodeSessionArn: string, resource: string) =>
    error(
      'agent-to-eks-auth',
      'ERR_EKS_AUTH_ACCESS_DENIED',
      'AccessDeniedException',
      400,
      `User: ${nodeSessionArn} is not authorized to perform: eks-auth:AssumeRoleForPodIdentity on resource: ${resource} because no identity-based policy allows the eks-auth:AssumeRoleForPodIdentity action`,
      'unconfirmed',
      IAM_ACCESS_DENIED,
    ),
  /** The JSON services' usual text; never produced by the scenarios, which sign correctly. */
  signatureMismatch: () =>
    error(
      'agent-to-eks-auth',
      'ERR_EKS_AUTH_SIGNATURE_MISMATCH',
      'InvalidSignatureException',
      403,
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      'unconfirmed',
      EKS_AUTH_API,
    ),
  tokenInvalid: () =>
    error(
      'eks-auth-verifies-token',
      'ERR_EKS_AUTH_TOKEN_INVALID',
      'InvalidTokenException',
      400,
      'The specified Kubernetes service account token is invalid.',
      'model',
      EKS_AUTH_API,
    ),
  tokenExpired: () =>
    error(
      'eks-auth-verifies-token',
      'ERR_EKS_AUTH_TOKEN_EXPIRED',
      'ExpiredTokenException',
      400,
      'The specified Kubernetes service account token is expired.',
      'model',
      EKS_AUTH_API,
    ),
  /**
   * No association for the token's namespace and ServiceAccount. Seen verbatim, relayed by the
   * agent as a 404, in a public CloudNativePG/Barman troubleshooting note (found through code
   * search; the repository could not be identified), so the link is the API's error list.
   */
  associationNotFound: () =>
    error(
      'eks-auth-verifies-token',
      'ERR_POD_IDENTITY_ASSOCIATION_NOT_FOUND',
      'ResourceNotFoundException',
      404,
      'The token included in the request has no service account role association for it.',
      'observed',
      EKS_AUTH_API,
    ),
  /** STS refused EKS's AssumeRole (trust policy): EKS Auth's own sentence, not STS's. */
  trustDenied: () =>
    error(
      'eks-auth-to-sts',
      'ERR_POD_IDENTITY_TRUST_DENIED',
      'AccessDeniedException',
      400,
      'Unauthorized Exception! EKS does not have permissions to assume the associated role.',
      'observed',
      IMMERSION_DAY_USE_CASES,
    ),
};
