import { signedHeaderNamesOf } from './canonical-headers';
import { canonicalRequest } from './canonical-request';
import { deriveSigningKey } from './derive-signing-key';
import { hmacSha256, toHex } from './hash';
import { credentialScopeOf, stringToSign } from './string-to-sign';
import {
  ALGORITHM,
  type SigV4Credentials,
  type SigV4Options,
  type SigV4Request,
  type SigV4Result,
} from './types';

/**
 * Signs every header present in the request (the caller decides which headers are on the request; it must contain host and x-amz-date, and x-amz-security-token when a session token is used).
 * The contract is not policed: a verifier recomputes over whatever arrived (say, without
 * x-amz-date), so a broken request must still yield a signature, which then fails to match.
 * creds.sessionToken is therefore not read: the token counts only as the header on the request.
 */
export async function signRequest(
  req: SigV4Request,
  creds: SigV4Credentials,
  opts: SigV4Options,
): Promise<SigV4Result> {
  const date = opts.amzDate.slice(0, 8);
  const credentialScope = credentialScopeOf(date, opts.region, opts.service);
  const names = signedHeaderNamesOf(req.headers);
  const creq = await canonicalRequest(req, opts, names);
  const sts = await stringToSign(opts.amzDate, credentialScope, creq);
  const key = await deriveSigningKey(creds.secretAccessKey, date, opts.region, opts.service);
  const signature = toHex(await hmacSha256(key, sts));
  const signedHeaders = names.join(';');
  return {
    canonicalRequest: creq,
    stringToSign: sts,
    credentialScope,
    signedHeaders,
    signature,
    authorization: `${ALGORITHM} Credential=${creds.accessKeyId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}
