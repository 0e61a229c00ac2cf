import { httpResponse, type HttpExchange, type HttpRequest } from '../http';
import { DISCOVERY_PATH, type DiscoveryDocument, type Jwks } from './discovery';

/** The cluster's public OIDC endpoint: answers GETs for the discovery document and the JWKS. */
export interface IssuerEndpoint {
  url: string;
  discovery: DiscoveryDocument;
  jwks: Jwks;
}

/**
 * GET `url` from the issuer, as STS does over HTTPS. Bodies are compact JSON, as served;
 * anything else is a 404.
 */
export function fetchFromIssuer(issuer: IssuerEndpoint, url: string): HttpExchange {
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
  const response =
    body === null
      ? httpResponse(404, [['Content-Type', 'text/plain']], 'Not Found')
      : httpResponse(200, [['Content-Type', 'application/json']], body);
  return { request, response };
}
