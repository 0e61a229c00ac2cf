/** The wire answers of EKS (rest-json), EKS Auth (rest-json) and the Pod Identity Agent (Go net/http). */
import { httpDate, httpResponse, utf8Length, type HttpResponse } from '../http';
import { agentErrorBody } from './errors';
import type { PodIdentityError } from './types';

/** A rest-json answer: JSON body with AWS's request id header. */
export function restJsonResponse(
  status: number,
  body: string,
  requestId: string,
  date: Date,
  extra: [string, string][] = [],
): HttpResponse {
  return httpResponse(
    status,
    [
      ['Date', httpDate(date)],
      ['Content-Type', 'application/json'],
      ['Content-Length', String(utf8Length(body))],
      ['x-amzn-RequestId', requestId],
      ...extra,
    ],
    body,
  );
}

/**
 * A rest-json error: the code in `x-amzn-ErrorType`, the message in the body. The shape follows
 * the rest-json protocol; EKS Auth's exact error body is not captured anywhere public (INFERRED).
 */
export function restJsonError(
  error: PodIdentityError,
  requestId: string,
  date: Date,
): HttpResponse {
  return restJsonResponse(
    error.httpStatus,
    JSON.stringify({ message: error.message }),
    requestId,
    date,
    [['x-amzn-ErrorType', error.awsCode]],
  );
}

/**
 * Go's http.Error, as the agent answers a failure: text/plain, nosniff, the status EKS Auth gave
 * and the agent's `[request id]: (Code): message, fault: client` line.
 */
export function agentErrorResponse(
  error: PodIdentityError,
  requestId: string,
  date: Date,
): HttpResponse {
  const body = agentErrorBody(requestId, error.awsCode, error.message);
  return httpResponse(
    error.httpStatus,
    [
      ['Content-Type', 'text/plain; charset=utf-8'],
      ['X-Content-Type-Options', 'nosniff'],
      ['Date', httpDate(date)],
      ['Content-Length', String(utf8Length(body))],
    ],
    body,
  );
}

/** The agent's 200: compact JSON (encoding/json), Content-Type application/json. */
export function agentCredentialsResponse(body: string, date: Date): HttpResponse {
  return httpResponse(
    200,
    [
      ['Content-Type', 'application/json'],
      ['Date', httpDate(date)],
      ['Content-Length', String(utf8Length(body))],
    ],
    body,
  );
}

/**
 * Go's time.Format(time.RFC3339Nano) of a UTC instant, as the agent writes `Expiration`
 * (pkg/credentials/model.go, SdkCompliantExpirationTime): no fraction when it is zero.
 */
export function rfc3339Nano(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('.000Z') ? iso.replace('.000Z', 'Z') : iso.replace(/0+Z$/, 'Z');
}
