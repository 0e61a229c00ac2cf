import { describe, expect, it } from 'vitest';
import { deriveSigningKey } from './derive-signing-key';
import { EMPTY_PAYLOAD_SHA256, hmacSha256, sha256Hex, toHex } from './hash';

// The example secret of the AWS documentation (General Reference, "Examples of how to derive a
// signing key for Signature Version 4" and "Calculate the signature").
const DOC_SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';

describe('hash helpers', () => {
  it('EMPTY_PAYLOAD_SHA256 is the SHA-256 of the empty string', async () => {
    expect(await sha256Hex('')).toBe(EMPTY_PAYLOAD_SHA256);
    expect(EMPTY_PAYLOAD_SHA256).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('sha256Hex hashes the UTF-8 bytes of a string (FIPS 180-2 "abc")', async () => {
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(await sha256Hex('abc')).toBe(abc);
    expect(await sha256Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe(abc);
    expect(await sha256Hex('\u00e9')).toBe(await sha256Hex(new Uint8Array([0xc3, 0xa9])));
  });

  it('hmacSha256 matches RFC 4231 test case 2, with a string or a byte key', async () => {
    const expected = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
    expect(toHex(await hmacSha256('Jefe', 'what do ya want for nothing?'))).toBe(expected);
    const keyBytes = new TextEncoder().encode('Jefe');
    expect(toHex(await hmacSha256(keyBytes, 'what do ya want for nothing?'))).toBe(expected);
  });

  it('toHex writes two lowercase digits per byte', () => {
    expect(toHex(new Uint8Array([0, 1, 15, 16, 171, 255]))).toBe('00010f10abff');
    expect(toHex(new Uint8Array([]))).toBe('');
  });
});

describe('deriveSigningKey', () => {
  it('reproduces the documented 20120215/us-east-1/iam derivation, step by step', async () => {
    const kDate = await hmacSha256(`AWS4${DOC_SECRET}`, '20120215');
    expect(toHex(kDate)).toBe('969fbb94feb542b71ede6f87fe4d5fa29c789342b0f407474670f0c2489e0a0d');
    const kRegion = await hmacSha256(kDate, 'us-east-1');
    expect(toHex(kRegion)).toBe('69daa0209cd9c5ff5c8ced464a696fd4252e981430b10e3d3fd8e2f197d7a70c');
    const kService = await hmacSha256(kRegion, 'iam');
    expect(toHex(kService)).toBe(
      'f72cfd46f26bc4643f06a11eabb6c0ba18780c19a8da0c31ace671265e3c87fa',
    );
    const key = await deriveSigningKey(DOC_SECRET, '20120215', 'us-east-1', 'iam');
    expect(toHex(key)).toBe('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d');
  });

  it('reproduces the documented IAM ListUsers signing key and signature (20110909)', async () => {
    const key = await deriveSigningKey(DOC_SECRET, '20110909', 'us-east-1', 'iam');
    expect(toHex(key)).toBe('98f1d889fec4f4421adc522bab0ce1f82e6929c262ed15e5a94c90efd1e3b0e7');
    const sts = [
      'AWS4-HMAC-SHA256',
      '20110909T233600Z',
      '20110909/us-east-1/iam/aws4_request',
      '3511de7e95d28ecd39e9513b642aee07e54f4941150d8df8bf94b328ef7e55e2',
    ].join('\n');
    expect(toHex(await hmacSha256(key, sts))).toBe(
      'ced6826de92d2bdeed8f846f0bf508e8559e98e4b0199114b84c54174deb456c',
    );
  });

  it('scopes the key: another date, region or service gives another key', async () => {
    const base = toHex(await deriveSigningKey(DOC_SECRET, '20150830', 'us-east-1', 'sts'));
    const others = await Promise.all([
      deriveSigningKey(DOC_SECRET, '20150831', 'us-east-1', 'sts'),
      deriveSigningKey(DOC_SECRET, '20150830', 'eu-west-1', 'sts'),
      deriveSigningKey(DOC_SECRET, '20150830', 'us-east-1', 's3'),
    ]);
    for (const other of others) expect(toHex(other)).not.toBe(base);
    expect(base).toHaveLength(64);
  });
});
