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
      actual: '1300819380 (2011-03-22 18:43:00 UTC): expired 15 years ago',
    });
    expect(report.checks.find((c) => c.id === 'trust-policy')).toMatchObject({
      passed: false,
      status: 'not-run',
      actual: 'not run: no trust policy was pasted',
    });
  });

  it('rejects a forged token: the payload changed after signing, the signature kept', async () => {
    const [h, , sig] = RFC7515_A2_TOKEN.split('.');
    const forged = `${h}.${base64url.encode(JSON.stringify({ iss: 'joe', exp: 1900000000 }))}.${sig}`;
    const report = await checkToken({ token: forged, jwks: JWKS, trustPolicy: '' }, NOW);
    expect(report.decoded?.claims.exp).toBe(1900000000);
    expect(signature(report)).toMatchObject({
      passed: false,
      actual: 'the signature does not match header and payload',
    });
    expect(signature(report)?.status).toBeUndefined();
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
    // STS looks up the provider for iss "joe" first, so that is still its answer.
    expect(report.verdict).toMatchObject({
      ok: false,
      error: { code: 'ERR_PROVIDER_NOT_FOUND', awsCode: 'InvalidIdentityToken' },
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
    expect(report.signatureNotChecked).toBeNull();
    expect(report.verdict).toEqual({
      ok: true,
      provided: [
        'the role’s account has an IAM OIDC provider for this issuer with sts.amazonaws.com as a client ID',
      ],
    });
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
    const claims = enc({
      iss: 'https://issuer.example',
      aud: ['sts.amazonaws.com'],
      exp: 1900000000,
    });
    for (const alg of ['none', 'HS256']) {
      const token = `${enc({ alg })}.${claims}.${alg === 'none' ? '' : 'c2ln'}`;
      const report = await checkToken({ token, jwks: JWKS, trustPolicy: '' }, NOW);
      expect(report.verdict).toMatchObject({
        ok: false,
        error: { code: 'ERR_ALGORITHM_NOT_ALLOWED' },
      });
      expect(signature(report)).toMatchObject({
        status: 'not-run',
        actual: `not run: alg ${alg} is not one STS accepts, so no key was tried`,
      });
      // The algorithm alone decides: no caveat about the signature.
      expect(report.signatureNotChecked).toBeNull();
    }
  });

  it('is rejected at the signature when the payload was changed after signing', async () => {
    const world = await prepareWorld(DEFAULT_SCENARIO, deterministicEnvironment());
    const [h, p, sig] = world.kubernetes.token!.compact.split('.') as [string, string, string];
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(p))) as object;
    const payload = base64url.encode(
      JSON.stringify({ ...claims, sub: 'system:serviceaccount:kube-system:admin' }),
    );
    const report = await checkToken(
      { token: `${h}.${payload}.${sig}`, jwks: JSON.stringify(world.issuer.jwks), trustPolicy: '' },
      NOW,
    );
    expect(signature(report)).toMatchObject({ passed: false });
    expect(report.verdict).toMatchObject({
      ok: false,
      error: { code: 'ERR_SIGNATURE_INVALID', awsCode: 'InvalidIdentityToken' },
    });
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

describe('a signature that was not checked is never "accepted"', () => {
  const eks = async () => {
    const world = await prepareWorld(DEFAULT_SCENARIO, deterministicEnvironment());
    return {
      token: world.kubernetes.token!.compact,
      iss: world.kubernetes.token!.claims.iss,
      jwks: world.issuer.jwks,
      trustPolicy: world.iam.roles[0]!.AssumeRolePolicyDocument,
    };
  };

  it('without a JWKS: no verdict, and it says what STS needs', async () => {
    const { token, iss, trustPolicy } = await eks();
    const report = await checkToken({ token, jwks: '', trustPolicy }, NOW);
    expect(report.verdict).toEqual({ ok: false, error: null });
    expect(signature(report)).toMatchObject({
      passed: false,
      status: 'not-run',
      actual: 'not run: no JWKS was pasted',
    });
    expect(report.signatureNotChecked).toBe(
      `The signature was not checked: no JWKS was pasted. STS always verifies it, with the issuer’s JWKS (for EKS, from ${iss}/keys). Paste that JWKS to check the signature here.`,
    );
  });

  it('with a JWKS that does not parse: a message at the field and no verdict', async () => {
    const { token, trustPolicy } = await eks();
    for (const jwks of ['{"keys": [', 'null', '{"keys": 5}', '[]']) {
      const report = await checkToken({ token, jwks, trustPolicy }, NOW);
      expect(report.fieldErrors.jwks, jwks).toBeTruthy();
      expect(signature(report)?.actual, jwks).toBe(
        'not run: the JWKS could not be read (see the JWKS field)',
      );
      expect(report.verdict, jwks).toEqual({ ok: false, error: null });
    }
  });

  it('with a key set that lacks the token’s kid: not run, and what STS would answer', async () => {
    const { token, trustPolicy } = await eks();
    const report = await checkToken({ token, jwks: JWKS, trustPolicy }, NOW);
    expect(signature(report)).toMatchObject({ status: 'not-run' });
    expect(signature(report)?.actual).toMatch(
      /^not run: no key in this JWKS matches the header \(kid "[0-9a-f]+", alg RS256\); its keys: \(no kid\)$/,
    );
    expect(report.verdict).toEqual({ ok: false, error: null });
    expect(report.signatureNotChecked).toContain(
      "If this is that JWKS, STS finds no key either and answers InvalidIdentityToken: Couldn't retrieve verification key",
    );
  });

  it('when another check fails, rejects, and says STS may answer the signature error first', async () => {
    const { token } = await eks();
    const later = new Date(NOW.getTime() + 27 * 3600_000);
    const report = await checkToken({ token, jwks: '', trustPolicy: '' }, later);
    expect(report.verdict).toMatchObject({
      ok: false,
      error: { awsCode: 'ExpiredTokenException' },
    });
    expect(report.signatureNotChecked).toContain(
      'If the signature does not verify, STS answers InvalidIdentityToken instead of the error above.',
    );
    expect(report.checks.find((c) => c.id === 'exp')?.actual).toBe(
      '1795953600 (2026-11-29 12:00:00 UTC): expired 3 hours ago',
    );
  });
});
