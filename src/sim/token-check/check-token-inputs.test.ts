import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { deterministicEnvironment, DEMO_TIME } from '../deterministic';
import { prepareWorld } from '../prepare-world';
import { STS_ALGORITHMS } from '../sts/algorithms';
import { DEFAULT_SCENARIO } from '../scenario';
import { checkToken } from './check-token';
import { RFC7515_A2_JWKS, RFC7515_A2_TOKEN } from './rfc7515-example';

/** The checker follows STS's algorithm list, shows times readably, and takes tokens out of pastes. */
const NOW = new Date(DEMO_TIME);
const JWKS = JSON.stringify(RFC7515_A2_JWKS);
const signature = (report: Awaited<ReturnType<typeof checkToken>>) =>
  report.checks.find((c) => c.id === 'signature');

describe('the algorithms are exactly the ones STS accepts', () => {
  const signed = async (alg: string) => {
    const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
    const token = await new SignJWT({ aud: 'sts.amazonaws.com', sub: 'x' })
      .setProtectedHeader({ alg, kid: 'k1' })
      .setIssuer('https://issuer.example')
      .setIssuedAt(NOW)
      .setExpirationTime(new Date(NOW.getTime() + 3600_000))
      .sign(privateKey);
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg }] });
    return checkToken({ token, jwks, trustPolicy: '' }, NOW);
  };

  it.each(STS_ALGORITHMS)('%s verifies', async (alg) => {
    const report = await signed(alg);
    expect(signature(report)).toMatchObject({ passed: true });
    expect(report.verdict.ok).toBe(true);
  });

  it.each(['PS256', 'PS384', 'PS512', 'EdDSA'])(
    '%s is refused, though it is a public-key signature',
    async (alg) => {
      const report = await signed(alg);
      expect(report.checks.find((c) => c.id === 'alg')).toMatchObject({
        passed: false,
        expected: `one of ${STS_ALGORITHMS.join(', ')}`,
      });
      expect(signature(report)?.status).toBe('not-run');
      expect(report.verdict).toMatchObject({ error: { code: 'ERR_ALGORITHM_NOT_ALLOWED' } });
    },
  );

  it('names the list in one check only', async () => {
    const report = await signed('ES256');
    const listed = report.checks.filter((c) =>
      `${c.expected} ${c.actual} ${c.note ?? ''}`.includes(STS_ALGORITHMS.join(', ')),
    );
    expect(listed.map((c) => c.id)).toEqual(['alg']);
  });
});

describe('times and pasted text', () => {
  it('gives every time its UTC date and a relative phrase, and a clock hint only on failure', async () => {
    const world = await prepareWorld(DEFAULT_SCENARIO, deterministicEnvironment());
    const token = world.kubernetes.token!.compact;
    const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
    const ok = await checkToken({ token, jwks: '', trustPolicy: '' }, at(2));
    expect(ok.times).toEqual([
      { name: 'now', seconds: 1795867320, utc: '2026-11-28 12:02:00 UTC', relative: '' },
      {
        name: 'iat',
        seconds: 1795867200,
        utc: '2026-11-28 12:00:00 UTC',
        relative: 'issued 2 minutes ago',
      },
      {
        name: 'nbf',
        seconds: 1795867200,
        utc: '2026-11-28 12:00:00 UTC',
        relative: 'valid since 2 minutes ago',
      },
      {
        name: 'exp',
        seconds: 1795953600,
        utc: '2026-11-29 12:00:00 UTC',
        relative: 'valid for 23 more hours',
      },
    ]);
    expect(ok.checks.find((c) => c.id === 'iat')?.note).toBeUndefined();

    const early = await checkToken({ token, jwks: '', trustPolicy: '' }, at(-5));
    expect(early.checks.find((c) => c.id === 'iat')).toMatchObject({
      passed: false,
      actual: '1795867200 (2026-11-28 12:00:00 UTC): dated 5 minutes in the future',
      note: 'A token from the future usually means a wrong clock. Whether STS refuses it for iat alone is not documented.',
    });
    expect(early.verdict).toMatchObject({ error: { awsCode: 'InvalidIdentityToken' } });
  });

  it.each([
    ['Bearer ', '', 'Removed a leading "Bearer " before checking.'],
    ['bearer   ', '', 'Removed a leading "Bearer " before checking.'],
    ['"Bearer ', '"', 'Removed a leading "Bearer " and surrounding quotes before checking.'],
    [
      "BEARER '",
      "'\n",
      'Removed a leading "Bearer ", surrounding quotes and surrounding whitespace before checking.',
    ],
    ["  '", "'  ", 'Removed surrounding quotes and surrounding whitespace before checking.'],
    ['', '', null],
  ])('takes the token out of %j…%j and says so', async (before, after, message) => {
    const report = await checkToken(
      { token: `${before}${RFC7515_A2_TOKEN}${after}`, jwks: JWKS, trustPolicy: '' },
      NOW,
    );
    expect(report.tokenCleaned).toBe(message);
    expect(report.fieldErrors).toEqual({});
    expect(signature(report)).toMatchObject({ passed: true });
  });

  it('leaves unmatched quotes alone, so the message points at them', async () => {
    const report = await checkToken(
      { token: `"${RFC7515_A2_TOKEN}`, jwks: '', trustPolicy: '' },
      NOW,
    );
    expect(report.fieldErrors.token).toMatch(
      /^The header is not base64url: character "\\"" at position 1/,
    );
  });
});
