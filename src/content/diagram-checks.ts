/**
 * The checks each step makes, as the diagram names them at the actor doing them: short words
 * (`kid`, `signature`, `aud`) for the sim's check ids. (Which checks a step makes when nothing
 * fails is part of the step, in its flow.)
 */

/** Short names for the sim's check ids (policy statements and conditions are named from the policy). */
export const CHECK_NAMES: Record<string, string> = {
  'token-file-readable': 'token file',
  'sts-endpoint-reachable': 'endpoint',
  'sts-rate': 'rate',
  'role-arn-format': 'role ARN',
  'token-length': 'token size',
  'web-identity-env': 'AWS_ROLE_ARN',
  'token-decodes': 'token readable',
  'provider-registered': 'provider for iss',
  'discovery-issuer': 'discovery',
  alg: 'alg',
  kid: 'kid',
  signature: 'signature',
  iss: 'iss',
  aud: 'aud',
  nbf: 'nbf',
  exp: 'exp',
  'role-exists': 'role',
  'trust-policy-valid': 'policy',
  'trust-decision': 'decision',
  'duration-within-max': 'duration',
  'imds-reachable': 'IMDS',
  'access-key-known': 'access key',
  'session-token': 'session token',
  'session-live': 'not expired',
  'permission-decision': 'decision',
  'assume-role-target': 'same role',
  // EKS Pod Identity
  'container-credentials-env': 'AWS_CONTAINER_*',
  'agent-listening': 'agent running',
  'allowed-host': 'agent address',
  'agent-target-host': 'agent address',
  'agent-token-parses': 'token',
  'node-permission-decision': 'node role',
  'token-verified': 'token',
  'association-found': 'association',
  'role-in-cluster-account': 'same account',
  'role-trusts-pod-identity': 'trust',
};

/**
 * Step 1's checks made by the SDK in the pod before STS answers: the diagram shows them at the
 * pod when one fails there, and leaves them out of STS's list otherwise.
 */
export const POD_SIDE_CHECKS = new Set(['token-file-readable', 'sts-endpoint-reachable']);
