/**
 * SHA-256 and HMAC-SHA256 through WebCrypto (globalThis.crypto.subtle), which Node 20 and
 * every browser provide, so sim/ needs no crypto dependency.
 */

const encoder = new TextEncoder();

/** Hex SHA-256 of the empty string, e3b0c442... */
export const EMPTY_PAYLOAD_SHA256 =
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** Lowercase hex, two digits per byte. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

// WebCrypto wants an ArrayBuffer-backed view; copying also shields us from a caller's
// SharedArrayBuffer or later mutation.
function toBytes(data: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data);
}

/** Lowercase hex SHA-256 of a UTF-8 string or of raw bytes. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', toBytes(data));
  return toHex(new Uint8Array(digest));
}

/** HMAC-SHA256(key, data); a string key is taken as its UTF-8 bytes. */
export async function hmacSha256(key: Uint8Array | string, data: string): Promise<Uint8Array> {
  const cryptoKey = await globalThis.crypto.subtle.importKey(
    'raw',
    toBytes(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await globalThis.crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(data));
  return new Uint8Array(mac);
}
