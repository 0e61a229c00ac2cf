import { findJsonSyntaxError } from '../iam/policy/json-syntax';
import type { Parsed } from '../parse-result';
import { cleanPastedToken } from './clean-pasted-token';

/** STS's limit on WebIdentityToken; longer input is refused before any decoding. */
export const MAX_TOKEN_LENGTH = 20000;

/** A compact JWS split and decoded, not verified. */
export interface TokenParts {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  segments: [string, string, string];
}

/** The outcome of `decodeToken`. */
export type DecodedToken = Parsed<TokenParts>;

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Split and decode a compact JWS without trusting it, with a precise message for each way
 * the text can fail to be one. A pasted "Bearer " and surrounding quotes or whitespace are
 * ignored (see `cleanPastedToken`). Never throws; linear in the input.
 */
export function decodeToken(input: string): DecodedToken {
  const text = cleanPastedToken(input).token;
  if (text === '') return rejected('Paste a token: the text is empty.');
  if (text.length > MAX_TOKEN_LENGTH) {
    return rejected(
      `The text is ${text.length.toLocaleString('en-US')} characters long; STS accepts tokens of at most ${MAX_TOKEN_LENGTH.toLocaleString('en-US')}.`,
    );
  }
  const parts = text.split('.');
  if (parts.length !== 3) {
    return rejected(
      `A JWT has three parts separated by dots (header.payload.signature); this text has ${parts.length}.`,
    );
  }
  const [h, p, s] = parts as [string, string, string];
  const names = ['header', 'payload', 'signature'];
  for (const [i, part] of [h, p, s].entries()) {
    const bad = part.search(/[^A-Za-z0-9_-]/);
    if (!BASE64URL.test(part)) {
      const ch = part[bad] ?? '';
      return rejected(
        `The ${names[i]} is not base64url: character ${JSON.stringify(ch)} at position ${bad + 1} of that part (base64url uses A–Z, a–z, 0–9, "-" and "_", without "=" padding).`,
      );
    }
    if (part.length % 4 === 1)
      return rejected(`The ${names[i]} has an impossible base64url length (${part.length}).`);
  }
  const header = decodeJsonObject(h, 'header');
  if (typeof header === 'string') return rejected(header);
  const claims = decodeJsonObject(p, 'payload');
  if (typeof claims === 'string') return rejected(claims);
  return { ok: true, value: { header, claims, segments: [h, p, s] } };
}

function rejected(message: string): DecodedToken {
  return { ok: false, error: { message } };
}

function decodeJsonObject(segment: string, what: string): Record<string, unknown> | string {
  let json: string;
  try {
    const binary = atob(segment.replace(/-/g, '+').replace(/_/g, '/'));
    json = new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(binary, (c) => c.charCodeAt(0)),
    );
  } catch {
    return `The ${what} does not decode to UTF-8 text.`;
  }
  if (json.trim() === '') return `The ${what} is empty.`;
  const syntax = findJsonSyntaxError(json);
  if (syntax) return `The ${what} is not JSON: ${syntax.message}`;
  const value: unknown = JSON.parse(json);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `The ${what} must be a JSON object; it is ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}.`;
  }
  return value as Record<string, unknown>;
}
