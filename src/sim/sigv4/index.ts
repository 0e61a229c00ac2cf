// AWS Signature Version 4 (header-based, AWS4-HMAC-SHA256) on WebCrypto alone, checked against
// the official aws4_testsuite vectors: the pod's SDK signs with it and the simulated services
// verify with it. Pure: the request time comes in as amzDate, nothing reads a clock.
export { canonicalRequest } from './canonical-request';
export { deriveSigningKey } from './derive-signing-key';
export { EMPTY_PAYLOAD_SHA256, hmacSha256, sha256Hex, toHex } from './hash';
export { parseAuthorization } from './parse-authorization';
export { signRequest } from './sign-request';
export { credentialScopeOf, stringToSign } from './string-to-sign';
export type {
  ParsedAuthorization,
  SigV4Credentials,
  SigV4Options,
  SigV4Request,
  SigV4Result,
} from './types';
