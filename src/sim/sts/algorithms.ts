/**
 * The JWS algorithms STS accepts for AssumeRoleWithWebIdentity: RSA (PKCS#1 v1.5) and ECDSA
 * signatures only (AssumeRoleWithWebIdentity docs). One list for step 3 and the token checker.
 * Frozen so no caller can change it for the others; typed as jose's mutable `string[]`.
 */
export const STS_ALGORITHMS = Object.freeze([
  'RS256',
  'RS384',
  'RS512',
  'ES256',
  'ES384',
  'ES512',
]) as string[];
