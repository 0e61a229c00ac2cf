/**
 * SigV4's URI encoding (RFC 3986): the unreserved set A-Za-z0-9 - _ . ~ stays, every other
 * UTF-8 byte becomes %XX with uppercase hex. encodeURIComponent is not used because it
 * leaves !'()* alone, which AWS encodes.
 */

const encoder = new TextEncoder();

function isUnreserved(byte: number): boolean {
  return (
    (byte >= 0x41 && byte <= 0x5a) || // A-Z
    (byte >= 0x61 && byte <= 0x7a) || // a-z
    (byte >= 0x30 && byte <= 0x39) || // 0-9
    byte === 0x2d || // -
    byte === 0x2e || // .
    byte === 0x5f || // _
    byte === 0x7e // ~
  );
}

/** Percent-encodes everything outside the RFC 3986 unreserved set, '%' and '/' included. */
export function uriEncode(value: string): string {
  let out = '';
  for (const byte of encoder.encode(value)) {
    out += isUnreserved(byte)
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * Like uriEncode, but an existing %XX escape is kept as written. S3 signs the path as it is
 * on the wire (botocore S3SigV4Auth), so an already-encoded key must not be encoded twice,
 * while a raw key such as '/my key' still gets its single encoding.
 */
export function uriEncodeKeepingEscapes(value: string): string {
  return value
    .split(/(%[0-9A-Fa-f]{2})/)
    .map((part, i) => (i % 2 === 1 ? part : uriEncode(part)))
    .join('');
}
