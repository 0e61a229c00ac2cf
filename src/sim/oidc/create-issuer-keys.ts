import { base64url, calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { DEMO_ROTATED_KEY, DEMO_SIGNING_KEY } from './demo-keys';

/** An RSA key as plain JSON (JWK), with the `kid` the issuer publishes for it. */
export interface IssuerKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/** The key that signs tokens, and the keys the issuer's JWKS publishes. */
export interface IssuerKeys {
  /** `demo` = the bundled demo keys (deterministic); `fresh` = generated in this browser. */
  origin: 'demo' | 'fresh';
  signing: IssuerKey;
  published: IssuerKey[];
}

function publicPart(jwk: JWK): JWK {
  return { kty: jwk.kty, n: jwk.n, e: jwk.e };
}

/**
 * EKS publishes a 40-hex-character `kid`; how EKS derives it is not public. We derive ours from
 * the key itself: the first 20 bytes of its RFC 7638 SHA-256 thumbprint, in hex.
 */
export async function keyIdFor(publicJwk: JWK): Promise<string> {
  const thumbprint = base64url.decode(await calculateJwkThumbprint(publicJwk, 'sha256'));
  return Array.from(thumbprint.slice(0, 20), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function toIssuerKey(privateJwk: JWK): Promise<IssuerKey> {
  const publicJwk = publicPart(privateJwk);
  return { kid: await keyIdFor(publicJwk), privateJwk, publicJwk };
}

async function freshJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
  return exportJWK(privateKey);
}

/**
 * The cluster issuer's RS256 keys. With `rotated`, the token is signed with a key the
 * issuer has since rotated away: the JWKS lists only the new key.
 */
export async function createIssuerKeys(options: {
  origin: 'demo' | 'fresh';
  rotated: boolean;
}): Promise<IssuerKeys> {
  const demo = options.origin === 'demo';
  const signing = await toIssuerKey(demo ? DEMO_SIGNING_KEY : await freshJwk());
  if (!options.rotated) return { origin: options.origin, signing, published: [signing] };
  const next = await toIssuerKey(demo ? DEMO_ROTATED_KEY : await freshJwk());
  return { origin: options.origin, signing, published: [next] };
}
