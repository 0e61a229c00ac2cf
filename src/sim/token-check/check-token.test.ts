import fc from 'fast-check';
import { base64url } from 'jose';
import { describe, expect, it } from 'vitest';
import { deterministicEnvironment, DEMO_TIME } from '../deterministic';
import { prepareWorld } from '../prepare-world';
import { DEFAULT_SCENARIO } from '../scenario';
import { checkToken } from './check-token';
import { decodeToken } from './decode-token';
import { RFC7515_A2_JWKS, RFC7515_A2_TOKEN } from './rfc7515-example';

const NOW = new Date(DEMO_TIME);
const JWKS = JSON.stringify(RFC7515_A2_JWKS);
const signature = (report: Awaited<ReturnType<typeof checkToken>>) =>
  report.checks.find((c) => c.id === 'signature');

describe('checkToken with the RFC 7515 A.2 example', () => {
  it('verifies the signature with its published key, then reports it expired', async () => {
    const report = await checkToken({ token: RFC7515_A2_TOKEN, jwks: JWKS, trustPolicy: '' }, NOW);
    expect(report.fieldErrors).toEqual({});
    expect(signature(report)).toMatchObject({ passed: true, actual: 'signature verified (jose)' });
    expect(report.decoded?.claims).toEqual({
      iss: 'joe',
      exp: 1300819380,
      'http://example.com/is_root': true,
    });
    // "joe" is not an https issuer IAM could have registered: STS stops there, before aud and exp.
    expect(report.verdict).toMatchObject({
      ok: false,
      error: {
        awsCode: 'InvalidIdentityToken',
        message: 'No OpenIDConnect provider found in your account for joe',
      },
    });
    expect(report.checks.find((c) => c.id === 'aud')).toMatchObject({
      passed: false,
      actual: '(no aud claim)',
    });
    expect(report.checks.find((c) => c.id === 'exp')).toMatchObject({
      passed: false,
      actual: '1300819380',
    });
  });

  it('rejects the same token with one character of the signature changed', async () => {
    const i = RFC7515_A2_TOKEN.length - 10;
    const changed =
      RFC7515_A2_TOKEN.slice(0, i) +
      (RFC7515_A2_TOKEN[i] === 'A' ? 'B' : 'A') +
      RFC7515_A2_TOKEN.slice(i + 1);
    const report = await checkToken({ token: changed, jwks: JWKS, trustPolicy: '' }, NOW);
    expect(signature(report)).toMatchObject({
      passed: false,
      actual: 'the signature does not match header and payload',
    });
    expect(report.verdict).toMatchObject({
      ok: false,
      error: { code: 'ERR_SIGNATURE_INVALID', awsCode: 'InvalidIdentityToken' },
    });
  });
});

describe('checkToken with an EKS-shaped token from the simulator', () => {
  it('passes everything and evaluates the trust policy condition by condition', async () => {
    const world = await prepareWorld(DEFAULT_SCENARIO, deterministicEnvironment());
    const report = await checkToken(
      {
        token: world.kubernetes.token!.compact,
        jwks: JSON.stringify(world.issuer.jwks),
        trustPolicy: world.iam.roles[0]!.AssumeRolePolicyDocument,
      },
      NOW,
    );
    expect(report.checks.filter((c) => !c.passed)).toEqual([]);
    expect(report.verdict).toEqual({ ok: true });
    expect(report.trust?.evaluation.decision).toBe('Allow');
    expect(report.trust?.evaluation.statements[0]?.conditions.map((c) => c.passed)).toEqual([
      true,
      true,
    ]);
  });

  it('says what STS would answer for an expired token and for a trust policy that names another account', async () => {
    const world = await prepareWorld(DEFAULT_SCENARIO, deterministicEnvironment());
    const later = new Date(NOW.getTime() + 2 * 86400_000);
    const expired = await checkToken(
      { token: world.kubernetes.token!.compact, jwks: '', trustPolicy: '' },
      later,
    );
    expect(expired.verdict).toMatchObject({
      ok: false,
      error: { awsCode: 'ExpiredTokenException' },
    });
    const policy = world.iam.roles[0]!.AssumeRolePolicyDocument.replace(
      ':default:my-service-account',
      ':default:other',
    );
    const denied = await checkToken(
      { token: world.kubernetes.token!.compact, jwks: '', trustPolicy: policy },
      NOW,
    );
    expect(denied.verdict).toMatchObject({
      ok: false,
      error: {
        awsCode: 'AccessDenied',
        message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      },
    });
  });

  it('rejects alg none and HS256 before trying a key', async () => {
    const enc = (o: object) => base64url.encode(JSON.stringify(o));
    const none = `${enc({ alg: 'none' })}.${enc({ aud: ['sts.amazonaws.com'], exp: 1900000000 })}.`;
    const report = await checkToken({ token: none, jwks: JWKS, trustPolicy: '' }, NOW);
    expect(report.verdict).toMatchObject({
      ok: false,
      error: { code: 'ERR_ALGORITHM_NOT_ALLOWED' },
    });
    expect(signature(report)?.actual).toBe('alg none: rejected without trying a key');
  });
});

describe('garbage input gets a precise message at the field', () => {
  it.each([
    ['', 'Paste a token: the text is empty.'],
    [
      'hello',
      'A JWT has three parts separated by dots (header.payload.signature); this text has 1.',
    ],
    ['a.b', 'A JWT has three parts separated by dots (header.payload.signature); this text has 2.'],
    [
      'eyJhbGciOiJSUzI1NiJ9.e30=.sig',
      'The payload is not base64url: character "=" at position 4 of that part (base64url uses A–Z, a–z, 0–9, "-" and "_", without "=" padding).',
    ],
    ['WzFd.e30.sig', 'The header must be a JSON object; it is an array.'],
    ['eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.sig', 'The payload is not JSON: '],
    [
      'x'.repeat(1 << 20),
      'The text is 1,048,576 characters long; STS accepts tokens of at most 20,000.',
    ],
  ])('%#', async (token, message) => {
    const report = await checkToken({ token, jwks: '', trustPolicy: '' }, NOW);
    expect(report.fieldErrors.token?.startsWith(message)).toBe(true);
    expect(report.verdict.ok).toBe(false);
  });

  it('reports JWKS and trust-policy syntax errors with line and column', async () => {
    const report = await checkToken(
      { token: RFC7515_A2_TOKEN, jwks: '{\n  "keys": [\n  }', trustPolicy: '{"Statement": 5}' },
      NOW,
    );
    expect(report.fieldErrors.jwks).toMatch(/^Line 3, column 3: /);
    expect(report.fieldErrors.trustPolicy).toBeTruthy();
  });

  it('never throws, whatever the three fields hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), fc.string(), async (token, jwks, trustPolicy) => {
        const report = await checkToken({ token, jwks, trustPolicy }, NOW);
        expect(report.verdict).toBeDefined();
      }),
      { numRuns: 300 },
    );
    expect(decodeToken('...').ok).toBe(false);
  });
});
