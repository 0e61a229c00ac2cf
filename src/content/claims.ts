/** One line on each token field, and which hop checks which, for the Token view. */

export const HEADER_EXPLANATIONS: Record<string, string> = {
  alg: 'Signature algorithm. EKS signs with RS256; STS accepts RS256/384/512 and ES256/384/512 only.',
  kid: "Key id: which key in the issuer's JWKS verifies this signature.",
};

export const CLAIM_EXPLANATIONS: Record<string, string> = {
  aud: 'Audience: who the token is for. Must be one of the IAM OIDC provider’s client IDs (sts.amazonaws.com).',
  exp: 'Expiry (seconds since 1970). The webhook asks for 86400 s (24 h) by default.',
  iat: 'Issued at (seconds since 1970), when the kubelet requested the token.',
  iss: "Issuer: the cluster's OIDC URL. STS uses it to find the IAM OIDC provider and the keys.",
  // Kubernetes 1.30+: ServiceAccountTokenJTI; the API server audits requests made with the token
  // under authentication.kubernetes.io/credential-id = "JTI=<jti>".
  // https://github.com/kubernetes/kubernetes/blob/master/pkg/serviceaccount/claims.go
  jti: 'JWT ID: a random UUID for this one token, added since Kubernetes 1.30. The API server records it in its audit log (credential-id JTI=…), so every request made with this token can be traced back to the token that was issued. STS does not check it.',
  'kubernetes.io':
    'The namespace, pod and ServiceAccount the token is bound to (name and uid). The Kubernetes API server rejects the token once that pod or ServiceAccount is deleted or replaced; STS ignores this claim.',
  // Kubernetes 1.30+: ServiceAccountTokenPodNodeInfo. For a pod-bound token the node is not
  // verified (claims.go, Validate: "for pod-bound tokens, just extract the node claims").
  // https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/#additional-metadata-in-pod-bound-tokens
  'kubernetes.io.node':
    'Since Kubernetes 1.30 it also names the node the pod was scheduled on (its spec.nodeName and the Node’s uid), so audit logs and other consumers know where the token was used without looking up the Pod. The API server does not check the node of a pod-bound token; only a token bound to a node alone is rejected once that node is gone.',
  nbf: 'Not before: the token is not valid earlier than this (equal to iat here).',
  sub: 'Subject: system:serviceaccount:<namespace>:<name>. Trust policies match on it.',
};

/** The header fields and claims each step checks, by step id (the others check none). */
export const CHECKED_AT: Partial<Record<string, { header: string[]; claims: string[] }>> = {
  'sts-to-iam': { header: [], claims: ['iss'] },
  'iam-to-oidc': { header: ['alg', 'kid'], claims: ['iss', 'aud', 'nbf', 'exp'] },
  'iam-to-sts': { header: [], claims: ['sub', 'aud'] },
};
