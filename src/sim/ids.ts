/**
 * Seeded ids: pod and service-account uids, request ids, access key ids, secrets.
 * A small deterministic PRNG (mulberry32 over a 32-bit FNV-1a hash of the seed) so that
 * the same seed gives byte-identical artifacts. Not for real secrets: the app seeds it
 * from crypto.getRandomValues for fresh runs.
 */
export interface IdSource {
  /** `n` pseudo-random bytes. */
  bytes(n: number): Uint8Array;
  /** RFC 4122 version-4 UUID, lowercase (Kubernetes uids, request ids). */
  uuid(): string;
  /** `n` characters from `alphabet`. */
  chars(n: number, alphabet: string): string;
  /** `n` lowercase hex characters. */
  hex(n: number): string;
}

const HEX = '0123456789abcdef';

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A deterministic id source: same seed, same sequence. */
export function seededIds(seed: string): IdSource {
  let state = fnv1a(seed);
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const bytes = (n: number): Uint8Array => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = nextUint32() & 0xff;
    return out;
  };
  const chars = (n: number, alphabet: string): string => {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[nextUint32() % alphabet.length];
    return out;
  };
  return {
    bytes,
    chars,
    hex: (n) => chars(n, HEX),
    uuid: () => {
      const b = bytes(16);
      b[6] = (b[6]! & 0x0f) | 0x40;
      b[8] = (b[8]! & 0x3f) | 0x80;
      const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
  };
}
