import { canonicalHeaders, signedHeaderNamesOf, sortedUnique } from './canonical-headers';
import { canonicalQuery } from './canonical-query';
import { canonicalUri } from './canonical-uri';
import { sha256Hex } from './hash';
import type { SigV4Options, SigV4Request } from './types';

/**
 * Builds the canonical request (task 1 of SigV4). Signs `signedHeaderNames` when given (a
 * verifier passes the SignedHeaders of the Authorization header it received), otherwise
 * every header on the request.
 */
export async function canonicalRequest(
  req: SigV4Request,
  opts: Pick<SigV4Options, 'normalizePath' | 'payloadHash'>,
  signedHeaderNames?: string[],
): Promise<string> {
  const names = signedHeaderNames
    ? sortedUnique(signedHeaderNames)
    : signedHeaderNamesOf(req.headers);
  const payloadHash = opts.payloadHash ?? (await sha256Hex(req.body));
  return [
    req.method,
    canonicalUri(req.path, opts.normalizePath),
    canonicalQuery(req.query),
    // The header block ends in '\n' itself, which yields the blank line before SignedHeaders.
    canonicalHeaders(req.headers, names),
    names.join(';'),
    payloadHash,
  ].join('\n');
}
