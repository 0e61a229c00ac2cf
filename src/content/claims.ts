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
  'kubernetes.io': 'The namespace, pod and ServiceAccount the token is bound to (name and uid).',
  nbf: 'Not before: the token is not valid earlier than this (equal to iat here).',
  sub: 'Subject: system:serviceaccount:<namespace>:<name>. Trust policies match on it.',
};

/** The header fields and claims each step checks (0 = Setup, 1–6 = steps). */
export const CHECKED_AT: Record<number, { header: string[]; claims: string[] }> = {
  0: { header: [], claims: [] },
  1: { header: [], claims: [] },
  2: { header: [], claims: ['iss'] },
  3: { header: ['alg', 'kid'], claims: ['iss', 'aud', 'nbf', 'exp'] },
  4: { header: [], claims: ['sub', 'aud'] },
  5: { header: [], claims: [] },
  6: { header: [], claims: [] },
};
