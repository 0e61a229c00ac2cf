import type { IssuerKey } from './create-issuer-keys';

/** `<issuer>/.well-known/openid-configuration` with the fields and order EKS serves. */
export interface DiscoveryDocument {
  issuer: string;
  jwks_uri: string;
  authorization_endpoint: string;
  response_types_supported: string[];
  subject_types_supported: string[];
  claims_supported: string[];
  id_token_signing_alg_values_supported: string[];
}

/** One public key as EKS's JWKS lists it. */
export interface PublishedJwk {
  kty: 'RSA';
  kid: string;
  use: 'sig';
  alg: 'RS256';
  n: string;
  e: string;
}

export interface Jwks {
  keys: PublishedJwk[];
}

export const DISCOVERY_PATH = '/.well-known/openid-configuration';
/** On EKS the JWKS lives at `<issuer>/keys` (not /keys.json, not /openid/v1/jwks). */
export const JWKS_PATH = '/keys';
/** Where the webhook's self-hosted setup guide publishes the JWKS in its S3 bucket. */
export const SELF_HOSTED_JWKS_PATH = '/keys.json';

/** The discovery document EKS serves for an issuer (see docs/aws-facts.md); self-hosted ones use keys.json. */
export function buildDiscoveryDocument(issuer: string, eks = true): DiscoveryDocument {
  return {
    issuer,
    jwks_uri: `${issuer}${eks ? JWKS_PATH : SELF_HOSTED_JWKS_PATH}`,
    authorization_endpoint: 'urn:kubernetes:programmatic_authorization',
    response_types_supported: ['id_token'],
    subject_types_supported: ['public'],
    claims_supported: ['sub', 'iss'],
    id_token_signing_alg_values_supported: ['RS256'],
  };
}

/** The JWKS the issuer publishes: the public half of each key, with kid/use/alg. */
export function buildJwks(keys: IssuerKey[]): Jwks {
  return {
    keys: keys.map((k) => ({
      kty: 'RSA',
      kid: k.kid,
      use: 'sig',
      alg: 'RS256',
      n: String(k.publicJwk.n),
      e: String(k.publicJwk.e),
    })),
  };
}
