import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAuthorization } from './parse-authorization';
import { signRequest } from './sign-request';
import { SUITE_CREDENTIALS, SUITE_OPTIONS } from './suite-harness';

const VALID =
  'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;my-header1;x-amz-date, Signature=c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea';
const PARSED = {
  accessKeyId: 'AKIDEXAMPLE',
  date: '20150830',
  region: 'us-east-1',
  service: 'service',
  signedHeaders: ['host', 'my-header1', 'x-amz-date'],
  signature: 'c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea',
};

describe('parseAuthorization', () => {
  it('parses a suite Authorization header into its fields', () => {
    expect(parseAuthorization(VALID)).toEqual(PARSED);
  });

  it('round-trips what signRequest produces', async () => {
    const result = await signRequest(
      {
        method: 'GET',
        path: '/',
        query: [],
        headers: [
          ['Host', 'sts.amazonaws.com'],
          ['X-Amz-Date', SUITE_OPTIONS.amzDate],
          ['X-Amz-Security-Token', 'tok'],
        ],
        body: '',
      },
      { ...SUITE_CREDENTIALS, accessKeyId: 'ASIAEXAMPLE', sessionToken: 'tok' },
      { ...SUITE_OPTIONS, region: 'eu-west-1', service: 'sts' },
    );
    expect(parseAuthorization(result.authorization)).toEqual({
      accessKeyId: 'ASIAEXAMPLE',
      date: '20150830',
      region: 'eu-west-1',
      service: 'sts',
      signedHeaders: ['host', 'x-amz-date', 'x-amz-security-token'],
      signature: result.signature,
    });
  });

  it('tolerates missing spaces after commas, reordered fields and surrounding whitespace', () => {
    expect(parseAuthorization(VALID.replaceAll(', ', ','))).toEqual(PARSED);
    const [head, credential, signedHeaders, signature] = VALID.split(/ |, /);
    const reordered = `${head} ${signature}, ${credential}, ${signedHeaders}`;
    expect(parseAuthorization(`  ${reordered}  `)).toEqual(PARSED);
  });

  it.each([
    ['empty', ''],
    ['plain garbage', 'hello world'],
    ['Basic auth', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=='],
    ['SigV2', 'AWS AKIDEXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg='],
    ['algorithm only', 'AWS4-HMAC-SHA256'],
    ['other algorithm', VALID.replace('AWS4-HMAC-SHA256', 'AWS4-ECDSA-P256-SHA256')],
    ['lowercase algorithm', VALID.replace('AWS4-HMAC-SHA256', 'aws4-hmac-sha256')],
    ['missing Signature', VALID.replace(/, Signature=.*$/, '')],
    ['missing SignedHeaders', VALID.replace(' SignedHeaders=host;my-header1;x-amz-date,', '')],
    [
      'duplicate Credential',
      `${VALID}, Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request`,
    ],
    ['unknown field', `${VALID}, Extra=1`],
    ['empty field', `${VALID},`],
    ['short signature', VALID.slice(0, -1)],
    [
      'uppercase signature',
      VALID.replace(/Signature=(\w+)$/, (_, s: string) => `Signature=${s.toUpperCase()}`),
    ],
    ['non-hex signature', VALID.replace(/.$/, 'g')],
    ['scope without aws4_request', VALID.replace('/aws4_request', '/aws4_reques')],
    ['scope with 4 parts', VALID.replace('/us-east-1', '')],
    ['scope with 6 parts', VALID.replace('/us-east-1', '/us-east-1/x')],
    ['bad date', VALID.replace('20150830', '2015083')],
    ['empty access key', VALID.replace('AKIDEXAMPLE', '')],
    ['empty signed header', VALID.replace('host;my-header1', 'host;;my-header1')],
    ['uppercase signed header', VALID.replace('my-header1', 'My-Header1')],
    ['no signed headers', VALID.replace('host;my-header1;x-amz-date', '')],
  ])('returns null for %s', (_label, value) => {
    expect(parseAuthorization(value)).toBeNull();
  });

  it('never throws, whatever the input (fast-check)', () => {
    const fragments = fc.constantFrom(
      'AWS4-HMAC-SHA256 ',
      'Credential=',
      'SignedHeaders=',
      'Signature=',
      'AKIDEXAMPLE/20150830/us-east-1/service/aws4_request',
      '/',
      ';',
      ',',
      ', ',
      '=',
      'host',
      'c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea',
      '\u0000',
      '\u{1f600}',
    );
    const inputs = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(fragments, { maxLength: 12 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(inputs, (value) => {
        const parsed = parseAuthorization(value);
        // When it does parse, the fields are well-formed.
        if (parsed !== null) {
          expect(parsed.signature).toMatch(/^[0-9a-f]{64}$/);
          expect(parsed.date).toMatch(/^\d{8}$/);
          expect(parsed.signedHeaders.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('parses any well-formed header built from valid parts (fast-check)', () => {
    const alnum = fc.stringMatching(/^[A-Z0-9]{1,20}$/);
    const part = fc.stringMatching(/^[a-z0-9-]{1,15}$/);
    const header = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
    const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
    const date = fc.stringMatching(/^\d{8}$/);
    fc.assert(
      fc.property(
        alnum,
        date,
        part,
        part,
        fc.array(header, { minLength: 1, maxLength: 5 }),
        hex64,
        (accessKeyId, d, region, service, signedHeaders, signature) => {
          const value = `AWS4-HMAC-SHA256 Credential=${accessKeyId}/${d}/${region}/${service}/aws4_request, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`;
          expect(parseAuthorization(value)).toEqual({
            accessKeyId,
            date: d,
            region,
            service,
            signedHeaders,
            signature,
          });
        },
      ),
    );
  });
});
