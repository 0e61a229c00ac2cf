import { base64url, importJWK, SignJWT } from 'jose';
import type { Clock } from '../clock';
import { epochSeconds } from '../clock';
import { serviceAccountSubject } from '../names';
import type { IssuerKey } from '../oidc/create-issuer-keys';
import type { Pod, ServiceAccount } from './types';

/** The JOSE header EKS puts on a projected token: `alg` and `kid`, no `typ`. */
export interface ProjectedTokenHeader {
  alg: string;
  kid: string;
}

/** The claims of an EKS projected token, in the (alphabetical) order EKS serializes them. */
export interface ProjectedTokenClaims {
  aud: string[];
  exp: number;
  iat: number;
  iss: string;
  'kubernetes.io': {
    namespace: string;
    pod: { name: string; uid: string };
    serviceaccount: { name: string; uid: string };
  };
  nbf: number;
  sub: string;
}

export interface ProjectedToken {
  /** The compact JWS, as written to the token file. */
  compact: string;
  header: ProjectedTokenHeader;
  claims: ProjectedTokenClaims;
}

export interface TokenRequest {
  issuer: string;
  key: IssuerKey;
  serviceAccount: ServiceAccount;
  pod: Pod;
  audience: string;
  expirationSeconds: number;
  clock: Clock;
  /** How long ago the kubelet fetched the token (0 = just now). */
  ageSeconds: number;
}

/**
 * The kubelet's TokenRequest for the projected volume: the API server signs a JWT for the
 * ServiceAccount, bound to the pod, with the issuer's current key (RS256).
 */
export async function requestServiceAccountToken(req: TokenRequest): Promise<ProjectedToken> {
  const iat = epochSeconds(req.clock.now()) - req.ageSeconds;
  const { namespace, name } = req.serviceAccount.metadata;
  const claims: ProjectedTokenClaims = {
    aud: [req.audience],
    exp: iat + req.expirationSeconds,
    iat,
    iss: req.issuer,
    'kubernetes.io': {
      namespace,
      pod: { name: req.pod.metadata.name, uid: req.pod.metadata.uid },
      serviceaccount: { name, uid: req.serviceAccount.metadata.uid },
    },
    nbf: iat,
    sub: serviceAccountSubject(namespace, name),
  };
  const header: ProjectedTokenHeader = { alg: 'RS256', kid: req.key.kid };
  const privateKey = await importJWK(req.key.privateJwk, 'RS256');
  const compact = await new SignJWT({ ...claims })
    .setProtectedHeader({ ...header })
    .sign(privateKey);
  return { compact, header, claims };
}

/**
 * Replace the payload segment of a signed token and keep the old signature: what an attacker
 * who edits a token gets. The result no longer verifies.
 */
export function replacePayloadAfterSigning(compact: string, claims: object): string {
  const [header, , signature] = compact.split('.');
  const payload = base64url.encode(new TextEncoder().encode(JSON.stringify(claims)));
  return `${header}.${payload}.${signature}`;
}
