import { ALGORITHM, type ParsedAuthorization } from './types';

/*
 * Accepts 'AWS4-HMAC-SHA256 Credential=AKID/YYYYMMDD/region/service/aws4_request,
 * SignedHeaders=a;b, Signature=<64 hex>'. The three components may come in any order, each
 * exactly once; spaces after the commas are optional.
 */

const ACCESS_KEY_ID = /^[A-Za-z0-9]+$/;
const DATE = /^\d{8}$/;
const SCOPE_PART = /^[A-Za-z0-9._-]+$/;
// RFC 9110 token characters, lowercase only: SigV4 signs lowercased names.
const HEADER_NAME = /^[a-z0-9!#$%&'*+.^_`|~-]+$/;
const SIGNATURE = /^[0-9a-f]{64}$/;

/** Parse an Authorization header value; returns null (never throws) when it is not a well-formed SigV4 header. */
export function parseAuthorization(value: string): ParsedAuthorization | null {
  const trimmed = value.trim();
  if (!trimmed.startsWith(`${ALGORITHM} `)) return null;
  const fields = splitFields(trimmed.slice(ALGORITHM.length + 1));
  if (!fields) return null;
  const { Credential: credential, SignedHeaders: headers, Signature: signature } = fields;
  if (credential === undefined || headers === undefined || signature === undefined) return null;

  const scope = credential.split('/');
  if (scope.length !== 5) return null;
  const [accessKeyId = '', date = '', region = '', service = '', terminator] = scope;
  if (!ACCESS_KEY_ID.test(accessKeyId) || !DATE.test(date)) return null;
  if (!SCOPE_PART.test(region) || !SCOPE_PART.test(service) || terminator !== 'aws4_request') {
    return null;
  }
  const signedHeaders = headers.split(';');
  if (!signedHeaders.every((name) => HEADER_NAME.test(name))) return null;
  if (!SIGNATURE.test(signature)) return null;
  return { accessKeyId, date, region, service, signedHeaders, signature };
}

type FieldName = 'Credential' | 'SignedHeaders' | 'Signature';
const FIELD_NAMES: readonly string[] = ['Credential', 'SignedHeaders', 'Signature'];

/** 'A=x, B=y' into { A: 'x', B: 'y' }; null on an unknown, repeated or value-less field. */
function splitFields(rest: string): Partial<Record<FieldName, string>> | null {
  const fields: Partial<Record<FieldName, string>> = {};
  for (const part of rest.split(',')) {
    const item = part.trim();
    const eq = item.indexOf('=');
    if (eq <= 0) return null;
    const name = item.slice(0, eq);
    if (!isFieldName(name) || fields[name] !== undefined) return null;
    fields[name] = item.slice(eq + 1);
  }
  return fields;
}

function isFieldName(name: string): name is FieldName {
  return FIELD_NAMES.includes(name);
}
