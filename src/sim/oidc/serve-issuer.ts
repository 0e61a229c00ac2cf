import { httpResponse, type HttpExchange, type HttpRequest } from '../http';
import type { IdSource } from '../ids';
import { simError } from '../result';
import { s3ErrorResponse } from '../s3/responses';
import { DISCOVERY_PATH, type DiscoveryDocument, type Jwks } from './discovery';

/** The cluster's public OIDC endpoint: answers GETs for the discovery document and the JWKS. */
export interface IssuerEndpoint {
  url: string;
  discovery: DiscoveryDocument;
  jwks: Jwks;
  /** False for a self-hosted issuer in a private S3 bucket. */
  publiclyReadable: boolean;
}

/**
 * GET `url` from the issuer, as STS does over HTTPS. Bodies are compact JSON, as served;
 * anything else is a 404.
 */
export function fetchFromIssuer(
  issuer: IssuerEndpoint,
  url: string,
  ids: IdSource,
  date: Date,
): HttpExchange {
  const parsed = /^https:\/\/([^/]+)(\/.*)$/.exec(url);
  const host = parsed?.[1] ?? '';
  const path = parsed?.[2] ?? '/';
  const request: HttpRequest = {
    method: 'GET',
    target: path,
    headers: [
      ['Host', host],
      ['Accept', 'application/json'],
    ],
    body: '',
  };
  const body =
    url === `${issuer.url}${DISCOVERY_PATH}`
      ? JSON.stringify(issuer.discovery)
      : url === issuer.discovery.jwks_uri
        ? JSON.stringify(issuer.jwks)
        : null;
  // A private bucket answers an anonymous GET with S3's own 403 AccessDenied, whatever the key.
  const response = !issuer.publiclyReadable
    ? s3ErrorResponse(
        simError(
          'iam-to-oidc',
          'ERR_VERIFICATION_KEY_NOT_FOUND',
          'AccessDenied',
          403,
          'Access Denied',
          'observed',
        ),
        ids,
        date,
      )
    : body === null
      ? httpResponse(404, [['Content-Type', 'text/plain']], 'Not Found')
      : httpResponse(200, [['Content-Type', 'application/json']], body);
  return { request, response };
}
