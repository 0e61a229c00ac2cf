// Fuzzing the whole local check (checkToken): the token, the JWKS text and the trust policy text,
// alone and together, around a real token signed by the simulator's issuer.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  anyText,
  base64url,
  huge,
  mutated,
  positionInside,
  repeatTo,
} from '../../test-support/fuzz-inputs';
import { hugePolicyShapes, policyText } from '../../test-support/fuzz-policies';
import { tokenText } from '../../test-support/fuzz-tokens';
import { FUZZ_TIMEOUT_MS, MEGABYTE_RUNS, fuzzAsync, timedAsync } from '../../test-support/fuzz';
import { deterministicEnvironment, DEMO_TIME } from '../deterministic';
import { prepareWorld } from '../prepare-world';
import { DEFAULT_SCENARIO } from '../scenario';
import { checkToken, type TokenCheckInput } from './check-token';
import { RFC7515_A2_JWKS, RFC7515_A2_TOKEN } from './rfc7515-example';

const NOW = new Date(DEMO_TIME);
/** The simulator's EKS token, the JWKS that verifies it and the role's trust policy. */
let real: TokenCheckInput;

beforeAll(async () => {
  const world = await prepareWorld(DEFAULT_SCENARIO, deterministicEnvironment());
  real = {
    token: world.kubernetes.token!.compact,
    jwks: JSON.stringify(world.issuer.jwks, null, 2),
    trustPolicy: world.iam.roles[0]!.AssumeRolePolicyDocument,
  };
});

/** A field error with a position must point inside that field's text. */
function expectPositionInside(message: string | undefined, text: string): void {
  if (message === undefined) return;
  expect(message.length).toBeLessThan(700);
  const at = /^Line (\d+), column (\d+): /.exec(message);
  if (at) expect(positionInside(text, Number(at[1]), Number(at[2]))).toBe(true);
}

/** Runs the check under `surface` and asserts the report's documented shape. */
async function checkShape(surface: string, input: TokenCheckInput): Promise<void> {
  const report = await timedAsync(surface, input, () => checkToken(input, NOW));
  const { fieldErrors, decoded, checks, verdict } = report;
  expectPositionInside(fieldErrors.jwks, input.jwks);
  expectPositionInside(fieldErrors.trustPolicy, input.trustPolicy);
  if (decoded === null) {
    // Not a token at all: one message at the Token field and STS's malformed-token answer.
    expect(fieldErrors.token).toMatch(/^\S/);
    expect(checks).toEqual([]);
    expect(verdict).toMatchObject({ ok: false, error: { awsCode: 'InvalidIdentityToken' } });
    return;
  }
  expect(fieldErrors.token).toBeUndefined();
  const ids = checks.map((c) => c.id);
  for (const id of ['iss', 'alg', 'signature', 'aud', 'exp', 'trust-policy'])
    expect(ids).toContain(id);
  const signature = checks.find((c) => c.id === 'signature')!;
  // Never accepted unless the signature verified and every check that ran passed.
  if (verdict.ok) {
    expect(signature.passed).toBe(true);
    expect(
      checks.filter((c) => c.status !== 'not-run').every((c) => c.passed || c.id === 'iat'),
    ).toBe(true);
  }
  if (signature.status === 'not-run') expect(verdict.ok).toBe(false);
  const trust = checks.find((c) => c.id === 'trust-policy')!;
  if (report.trust) expect(trust.actual).toBe(report.trust.evaluation.decision);
  else expect(trust.status).toBe('not-run');
}

const RFC_JWKS = JSON.stringify(RFC7515_A2_JWKS);
const A2_KEY = RFC7515_A2_JWKS.keys[0]!;

/** JWK sets: real ones edited, random members, and keys of every type with odd fields. */
const jwksText = (): fc.Arbitrary<string> => {
  const jwk = fc.record(
    {
      kty: fc.oneof(fc.constantFrom('RSA', 'EC', 'oct', 'OKP', 'AKP'), fc.jsonValue()),
      kid: fc.oneof(fc.string({ maxLength: 12 }), fc.jsonValue()),
      alg: fc.constantFrom('RS256', 'ES256', 'HS256', 'none'),
      use: fc.constantFrom('sig', 'enc'),
      n: fc.oneof(fc.constant(A2_KEY.n), fc.base64String()),
      e: fc.constantFrom('AQAB', 'AQ', ''),
      crv: fc.constantFrom('P-256', 'P-384', 'Ed25519'),
      x: fc.base64String({ maxLength: 60 }),
      y: fc.base64String({ maxLength: 60 }),
      key_ops: fc.array(fc.constantFrom('verify', 'sign', 'verify')),
      ext: fc.jsonValue(),
    },
    { requiredKeys: [] },
  );
  return fc.oneof(
    fc.constant(real.jwks),
    mutated(fc.constant(real.jwks)),
    mutated(fc.constant(RFC_JWKS)),
    fc
      .record({ keys: fc.array(fc.oneof(jwk, fc.jsonValue()), { maxLength: 4 }) })
      .map((s) => JSON.stringify(s)),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    anyText(),
  );
};

/** Key sets of up to a megabyte: thousands of keys, with or without the token's kid. */
const hugeJwksShapes: Record<string, (size: number) => string> = {
  'thousands of keys': (size) => {
    const one = JSON.stringify({ ...A2_KEY, kid: 'k' });
    return `{"keys":[${Array(Math.floor((size - 12) / (one.length + 1)))
      .fill(one)
      .join(',')}]}`;
  },
  'thousands of distinct kids': (size) => {
    const keys: string[] = [];
    let total = 12;
    for (let i = 0; total < size - 600; i++) {
      const one = JSON.stringify({ ...A2_KEY, kid: `kid-${i}` });
      keys.push(one);
      total += one.length + 1;
    }
    return `{"keys":[${keys.join(',')}]}`;
  },
  'one giant modulus': (size) =>
    JSON.stringify({ keys: [{ ...A2_KEY, n: repeatTo('A', size - 100) }] }),
};

describe('checkToken never throws, and its report keeps its documented shape', () => {
  it.each(['aud', 'nbf', 'exp', 'iat', 'sub', 'iss'])(
    'checks a token whose %s holds objects named like JavaScript methods ({"toString": 1})',
    async (claim) => {
      const [header, , signature] = real.token.split('.');
      const claims = JSON.parse(
        `{"${claim}": [{"toString": 1}, {"valueOf": 1, "toString": 1}]}`,
      ) as object;
      const token = `${header}.${base64url(JSON.stringify(claims))}.${signature}`;
      const report = await checkToken({ ...real, token }, NOW);
      expect(report.decoded?.claims).toEqual(claims);
      expect(report.verdict.ok).toBe(false);
    },
  );

  it(
    'whatever the three fields hold',
    () =>
      fuzzAsync(
        fc.record({
          token: fc.oneof(tokenText, fc.constant(real.token)),
          jwks: fc.oneof(fc.constant(''), jwksText()),
          trustPolicy: fc.oneof(fc.constant(''), policyText, mutated(policyText), anyText()),
        }),
        (input) => checkShape('token check (checkToken)', input),
      ),
    FUZZ_TIMEOUT_MS,
  );

  it(
    'for the real token with any JWKS text',
    () => fuzzAsync(jwksText(), (jwks) => checkShape('JWKS text (checkToken)', { ...real, jwks })),
    FUZZ_TIMEOUT_MS,
  );

  it(
    'for the real token and keys with any trust policy text',
    () =>
      fuzzAsync(
        fc.oneof(
          policyText,
          mutated(policyText),
          mutated(fc.constant(real.trustPolicy)),
          anyText(),
        ),
        (trustPolicy) => checkShape('trust policy text (checkToken)', { ...real, trustPolicy }),
      ),
    FUZZ_TIMEOUT_MS,
  );

  it(
    'with a megabyte in any field',
    () =>
      fuzzAsync(
        fc.oneof(
          huge().map((token) => ({ ...real, token })),
          huge(hugeJwksShapes).map((jwks) => ({ ...real, jwks })),
          huge(hugePolicyShapes).map((trustPolicy) => ({ ...real, trustPolicy })),
          fc.constant({
            token: RFC7515_A2_TOKEN,
            jwks: repeatTo(RFC_JWKS, 1 << 20),
            trustPolicy: '',
          }),
        ),
        (input) => checkShape('token check, a megabyte in a field (checkToken)', input),
        MEGABYTE_RUNS,
      ),
    FUZZ_TIMEOUT_MS,
  );
});
