/** One HTTP request as the signer sees it. headers: in wire order, names as written; duplicates allowed. */
export interface SigV4Request {
  /** e.g. 'GET'; used exactly as written, as on the request line. */
  method: string;
  /** Raw path as on the request line, without query, e.g. '/' or '/example space/'. */
  path: string;
  /** Decoded query params in wire order, e.g. [['Param2','value2'],['Param1','value1']]. */
  query: [string, string][];
  headers: [string, string][];
  /** UTF-8 body ('' for none). */
  body: string;
}

/** Long-term or temporary (STS) credentials. */
export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** Everything besides the request and the credentials that goes into a signature. */
export interface SigV4Options {
  region: string;
  service: string;
  /** 'YYYYMMDDTHHMMSSZ'; the caller supplies the x-amz-date header value */
  amzDate: string;
  /** S3 does not normalize the path (botocore S3SigV4Auth); other services do (RFC 3986 remove_dot_segments + collapse '//' ). */
  normalizePath: boolean;
  /** S3 uses the literal payload hash from x-amz-content-sha256 when present; default: hex sha256 of body. */
  payloadHash?: string;
}

/** Every intermediate value of a signature, so the UI can show each step. */
export interface SigV4Result {
  canonicalRequest: string;
  stringToSign: string;
  /** '20150830/us-east-1/service/aws4_request' */
  credentialScope: string;
  /** 'host;x-amz-date' */
  signedHeaders: string;
  /** 64 lowercase hex */
  signature: string;
  /** 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=...' */
  authorization: string;
}

/** The fields of a well-formed SigV4 Authorization header. */
export interface ParsedAuthorization {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

/** The only algorithm this module speaks (SigV4a, ECDSA, is out of scope). */
export const ALGORITHM = 'AWS4-HMAC-SHA256';
