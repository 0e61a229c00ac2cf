/**
 * The condition keys STS puts in an AssumeRoleWithWebIdentity request for an OIDC provider:
 * `<issuer-host-path>:sub` and `<issuer-host-path>:aud` (EKS User Guide, IRSA trust policies;
 * IAM User Guide, "Available keys for OIDC federation"). Trust policies, the evaluator, the
 * token checker and the trust-policy lint all name them through here.
 */

/** The token claims IRSA trust policies test. */
export type OidcConditionClaim = 'sub' | 'aud';

/** `oidc.eks.us-west-2.amazonaws.com/id/EXAMPLE:sub`: the issuer without `https://`, a colon, the claim. */
export function oidcConditionKey(issuerHostPath: string, claim: OidcConditionClaim): string {
  return `${issuerHostPath}:${claim}`;
}
