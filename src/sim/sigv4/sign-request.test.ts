import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalRequest } from './canonical-request';
import { parseAuthorization } from './parse-authorization';
import { signRequest } from './sign-request';
import { SUITE_CREDENTIALS, SUITE_OPTIONS } from './suite-harness';
import type { SigV4Request } from './types';

const VANILLA: SigV4Request = {
  method: 'GET',
  path: '/',
  query: [],
  headers: [
    ['Host', 'example.amazonaws.com'],
    ['X-Amz-Date', '20150830T123600Z'],
  ],
  body: '',
};
// get-vanilla's signature from the suite.
const VANILLA_SIGNATURE = '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31';

describe('signRequest on requests that break the contract', () => {
  // A verifier recomputes over whatever arrived, so these must sign (not throw) and mismatch.
  it('still signs without host or x-amz-date, and the signature no longer matches', async () => {
    const noHost = { ...VANILLA, headers: VANILLA.headers.slice(1) };
    const noDate = { ...VANILLA, headers: VANILLA.headers.slice(0, 1) };
    const [a, b] = await Promise.all([
      signRequest(noHost, SUITE_CREDENTIALS, SUITE_OPTIONS),
      signRequest(noDate, SUITE_CREDENTIALS, SUITE_OPTIONS),
    ]);
    expect(a.signedHeaders).toBe('x-amz-date');
    expect(b.signedHeaders).toBe('host');
    expect(a.signature).not.toBe(VANILLA_SIGNATURE);
    expect(b.signature).not.toBe(VANILLA_SIGNATURE);
  });

  it('still signs with an empty amzDate (x-amz-date missing on the server side)', async () => {
    const result = await signRequest(VANILLA, SUITE_CREDENTIALS, { ...SUITE_OPTIONS, amzDate: '' });
    expect(result.credentialScope).toBe('/us-east-1/service/aws4_request');
    expect(result.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(result.signature).not.toBe(VANILLA_SIGNATURE);
  });

  it('signs the token header, not creds.sessionToken', async () => {
    const plain = await signRequest(
      VANILLA,
      { ...SUITE_CREDENTIALS, sessionToken: 'tok' },
      SUITE_OPTIONS,
    );
    expect(plain.signature).toBe(VANILLA_SIGNATURE);
    const withHeader: SigV4Request = {
      ...VANILLA,
      headers: [...VANILLA.headers, ['x-amz-security-token', 'tok']],
    };
    const signed = await signRequest(withHeader, SUITE_CREDENTIALS, SUITE_OPTIONS);
    expect(signed.signedHeaders).toBe('host;x-amz-date;x-amz-security-token');
    expect(signed.signature).not.toBe(VANILLA_SIGNATURE);
  });
});

describe('signing and verifying', () => {
  it('post-sts-header-after: a header added after signing is outside SignedHeaders', async () => {
    const signed = await signRequest(VANILLA, SUITE_CREDENTIALS, SUITE_OPTIONS);
    const sent: SigV4Request = {
      ...VANILLA,
      headers: [...VANILLA.headers, ['X-Amz-Security-Token', 'added-later']],
    };
    const parsed = parseAuthorization(signed.authorization)!;
    expect(await canonicalRequest(sent, SUITE_OPTIONS, parsed.signedHeaders)).toBe(
      signed.canonicalRequest,
    );
    // ...while signing everything on the sent request covers it and changes the signature.
    const creds = { ...SUITE_CREDENTIALS, sessionToken: 'added-later' };
    const resigned = await signRequest(sent, creds, SUITE_OPTIONS);
    expect(resigned.signedHeaders).toBe('host;x-amz-date;x-amz-security-token');
    expect(resigned.signature).not.toBe(signed.signature);
  });

  it('changes the signature when the scope, body, path or a signed header changes', async () => {
    const base = await signRequest(VANILLA, SUITE_CREDENTIALS, SUITE_OPTIONS);
    expect(base.signature).toBe(VANILLA_SIGNATURE);
    const variants = await Promise.all([
      signRequest(VANILLA, SUITE_CREDENTIALS, { ...SUITE_OPTIONS, region: 'us-west-2' }),
      signRequest(VANILLA, SUITE_CREDENTIALS, { ...SUITE_OPTIONS, service: 's3' }),
      signRequest({ ...VANILLA, body: 'x' }, SUITE_CREDENTIALS, SUITE_OPTIONS),
      signRequest({ ...VANILLA, path: '/x' }, SUITE_CREDENTIALS, SUITE_OPTIONS),
      signRequest(
        { ...VANILLA, headers: [['Host', 'evil.example.com'], VANILLA.headers[1]!] },
        SUITE_CREDENTIALS,
        SUITE_OPTIONS,
      ),
    ]);
    for (const v of variants) expect(v.signature).not.toBe(VANILLA_SIGNATURE);
  });

  it('changing any single character of the secret key changes the signature (fast-check)', async () => {
    const secretAndEdit = fc
      .string({ minLength: 1, maxLength: 40 })
      .chain((secret) =>
        fc.tuple(
          fc.constant(secret),
          fc.nat({ max: secret.length - 1 }),
          fc.string({ minLength: 1, maxLength: 1 }),
        ),
      )
      .filter(([secret, i, ch]) => secret[i] !== ch);
    const cases = fc.oneof(
      secretAndEdit,
      fc
        .tuple(
          fc.constant(SUITE_CREDENTIALS.secretAccessKey),
          fc.nat({ max: SUITE_CREDENTIALS.secretAccessKey.length - 1 }),
          fc.string({ minLength: 1, maxLength: 1 }),
        )
        .filter(([secret, i, ch]) => secret[i] !== ch),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ([secret, i, ch]) => {
        const edited = secret.slice(0, i) + ch + secret.slice(i + 1);
        const [a, b] = await Promise.all([
          signRequest(VANILLA, { ...SUITE_CREDENTIALS, secretAccessKey: secret }, SUITE_OPTIONS),
          signRequest(VANILLA, { ...SUITE_CREDENTIALS, secretAccessKey: edited }, SUITE_OPTIONS),
        ]);
        expect(b.signature).not.toBe(a.signature);
        expect(b.canonicalRequest).toBe(a.canonicalRequest);
      }),
      { numRuns: 200 },
    );
  });
});
