import { base64url, importJWK, SignJWT } from 'jose';
import type { Clock } from '../clock';
import { epochSeconds } from '../clock';
import { serviceAccountSubject } from '../names';
import type { IssuerKey } from '../oidc/create-issuer-keys';
import type { IdSource } from '../ids';
import type { NodeRef, Pod, ServiceAccount } from './types';
import { kubernetesAtLeast, TOKEN_JTI_AND_NODE_SINCE } from './version';

/** The JOSE header EKS puts on a projected token: `alg` and `kid`, no `typ`. */
export interface ProjectedTokenHeader {
  alg: string;
  kid: string;
}

/**
 * The claims of an EKS projected token, in the order the API server serializes them: sorted by
 * name at every level. Kubernetes builds the payload with go-jose's jwt builder, which turns the
 * claim structs into a map[string]interface{} (nested objects too) and marshals that map, and
 * encoding/json writes map keys sorted.
 * https://github.com/kubernetes/kubernetes/blob/master/pkg/serviceaccount/jwt.go (GenerateToken)
 * https://github.com/go-jose/go-jose/blob/main/jwt/builder.go (normalize, merge, sign)
 * https://github.com/kubernetes/kubernetes/blob/master/pkg/serviceaccount/claims.go (Claims)
 */
export interface ProjectedTokenClaims {
  aud: string[];
  exp: number;
  iat: number;
  iss: string;
  /** Since 1.30 (ServiceAccountTokenJTI): a random UUID per token. */
  jti?: string;
  'kubernetes.io': {
    namespace: string;
    /** Since 1.30 (ServiceAccountTokenPodNodeInfo): the node the bound pod runs on. */
    node?: { name: string; uid: string };
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
  /** The cluster's minor version: 1.30 and later add `jti` and `kubernetes.io.node`. */
  kubernetesVersion: string;
  /** The Node named by the pod's `spec.nodeName`; null when the pod is not bound to one. */
  node: NodeRef | null;
  /** Where the token's `jti` comes from. */
  ids: IdSource;
}

/**
 * The kubelet's TokenRequest for the projected volume: the API server signs a JWT for the
 * ServiceAccount, bound to the pod, with the issuer's current key (RS256). From 1.30 it adds a
 * `jti` and, for a pod bound to a node, the node's name and uid (claims.go; the TokenRequest
 * handler looks the node up from the pod's spec.nodeName).
 * https://github.com/kubernetes/kubernetes/blob/master/pkg/registry/core/serviceaccount/storage/token.go
 */
export async function requestServiceAccountToken(req: TokenRequest): Promise<ProjectedToken> {
  const iat = epochSeconds(req.clock.now()) - req.ageSeconds;
  const { namespace, name } = req.serviceAccount.metadata;
  const current = kubernetesAtLeast(req.kubernetesVersion, TOKEN_JTI_AND_NODE_SINCE);
  const node = current && req.node && req.pod.spec.nodeName === req.node.name ? req.node : null;
  // Built in sorted key order (see ProjectedTokenClaims), optional claims only when present.
  const claims: ProjectedTokenClaims = {
    aud: [req.audience],
    exp: iat + req.expirationSeconds,
    iat,
    iss: req.issuer,
    ...(current ? { jti: req.ids.uuid() } : {}),
    'kubernetes.io': {
      namespace,
      ...(node ? { node: { name: node.name, uid: node.uid } } : {}),
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
