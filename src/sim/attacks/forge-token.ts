import { base64url, exportSPKI, importJWK, SignJWT } from 'jose';
import type {
  ProjectedToken,
  ProjectedTokenClaims,
} from '../kubernetes/request-service-account-token';
import type { IssuerKey } from '../oidc/create-issuer-keys';

/**
 * Two classic JWT forgeries an attacker without the issuer's private key can try:
 * - `alg-none`: an unsigned token (`{"alg":"none"}`, empty signature);
 * - `hs256-with-public-key`: HMAC-SHA256 keyed with the issuer's *public* key (PEM), hoping the
 *   verifier treats the published key as an HMAC secret.
 * STS accepts only RS/ES algorithms, so both are rejected before any key is used.
 */
export async function forgeToken(
  kind: 'alg-none' | 'hs256-with-public-key',
  claims: ProjectedTokenClaims,
  issuerKey: IssuerKey,
): Promise<ProjectedToken> {
  if (kind === 'alg-none') {
    const header = { alg: 'none', kid: issuerKey.kid };
    const encode = (value: object) =>
      base64url.encode(new TextEncoder().encode(JSON.stringify(value)));
    return { compact: `${encode(header)}.${encode(claims)}.`, header, claims };
  }
  const publicKey = await importJWK(issuerKey.publicJwk, 'RS256', { extractable: true });
  const pem = await exportSPKI(publicKey as CryptoKey);
  const header = { alg: 'HS256', kid: issuerKey.kid };
  const compact = await new SignJWT({ ...claims })
    .setProtectedHeader(header)
    .sign(new TextEncoder().encode(pem));
  return { compact, header, claims };
}
