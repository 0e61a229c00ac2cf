import { compactVerify, createLocalJWKSet, errors, type JSONWebKeySet } from 'jose';
import { epochSeconds } from '../clock';
import { findJsonSyntaxError, lineColumn } from '../iam/policy/json-syntax';
import { lintTrustPolicy, type Finding } from '../iam/lint-trust-policy';
import { evaluatePolicies, parsePolicy, type PolicyEvaluation } from '../iam/policy';
import { issuerHostPath } from '../names';
import type { Check, SimError } from '../result';
import { stsErrors } from '../sts/errors';
import { decodeToken } from './decode-token';

/** What the user pasted. JWKS and trust policy are optional. */
export interface TokenCheckInput {
  token: string;
  jwks: string;
  trustPolicy: string;
}

export interface TokenReport {
  /** A message per field that could not be read, shown at that field. */
  fieldErrors: Partial<Record<keyof TokenCheckInput, string>>;
  decoded: {
    header: Record<string, unknown>;
    claims: Record<string, unknown>;
    segments: [string, string, string];
  } | null;
  checks: Check[];
  trust: { evaluation: PolicyEvaluation; findings: Finding[] } | null;
  /** What STS would answer: the first check that fails, in the order STS meets them. */
  verdict: { ok: true } | { ok: false; error: SimError };
}

/** A claim value as text: strings as they are, anything else as JSON. */
const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

const VERIFIABLE = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
];
const STS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'];
const EKS_ISSUER = /^https:\/\/oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/id\/[0-9A-F]{32}$/;

/**
 * Check a real token locally: decode, verify the signature when keys are given, check the
 * times, audience and issuer, evaluate a trust policy, and say what STS would answer.
 * Nothing leaves the caller; nothing is stored.
 */
export async function checkToken(input: TokenCheckInput, now: Date): Promise<TokenReport> {
  const report: TokenReport = {
    fieldErrors: {},
    decoded: null,
    checks: [],
    trust: null,
    verdict: { ok: true },
  };
  const failures: SimError[] = [];
  const check = (c: Check, error?: SimError) => {
    report.checks.push(c);
    if (!c.passed && error) failures.push(error);
  };
  const decoded = decodeToken(input.token);
  if (!decoded.ok) {
    report.fieldErrors.token = decoded.message;
    report.verdict = { ok: false, error: stsErrors.tokenMalformed('sts-to-iam') };
    return report;
  }
  report.decoded = decoded;
  const { header, claims } = decoded;
  const alg = typeof header.alg === 'string' ? header.alg : '(missing)';
  const hop = 'iam-to-oidc';

  check(
    {
      id: 'alg',
      label: 'Signed with an algorithm STS accepts',
      passed: STS_ALGORITHMS.includes(alg),
      expected: STS_ALGORITHMS.join(', '),
      actual: alg,
      note:
        alg === 'none'
          ? 'Unsigned tokens are never accepted.'
          : /^HS/.test(alg)
            ? 'HMAC needs a shared secret; STS only takes public-key signatures.'
            : /^PS/.test(alg)
              ? 'RSA-PSS verifies here, but STS does not list it.'
              : undefined,
    },
    stsErrors.algorithmNotAllowed(hop),
  );
  if (input.jwks.trim() !== '')
    await verifySignature(input.jwks, decoded.segments.join('.'), alg, report, check);

  const iss = typeof claims.iss === 'string' ? claims.iss : '';
  check(
    {
      id: 'iss',
      label: 'Issuer is an https URL (EKS: oidc.eks.<region>.amazonaws.com/id/<ID>)',
      passed: /^https:\/\/[^/]/.test(iss),
      expected: 'https://oidc.eks.<region>.amazonaws.com/id/<32 hex>',
      actual: iss || '(no iss claim)',
      note:
        iss && !EKS_ISSUER.test(iss)
          ? 'Not an EKS issuer URL: fine for other OIDC providers.'
          : undefined,
    },
    // IAM only registers https issuers, so STS would find no provider for anything else.
    stsErrors.providerNotFound('sts-to-iam', iss),
  );
  const aud = Array.isArray(claims.aud)
    ? claims.aud.map(String)
    : typeof claims.aud === 'string'
      ? [claims.aud]
      : [];
  check(
    {
      id: 'aud',
      label: 'Audience includes sts.amazonaws.com (the client ID EKS uses)',
      passed: aud.includes('sts.amazonaws.com'),
      expected: 'sts.amazonaws.com',
      actual: aud.length ? JSON.stringify(claims.aud) : '(no aud claim)',
    },
    aud.length ? stsErrors.audienceIncorrect(hop) : stsErrors.audienceMissing(hop),
  );
  const t = epochSeconds(now);
  for (const [name, label] of [
    ['iat', 'Issued at'],
    ['nbf', 'Not before'],
    ['exp', 'Expires'],
  ] as const) {
    const v = claims[name];
    if (v !== undefined && !Number.isInteger(v)) {
      check(
        {
          id: `${name}-format`,
          label: `${label} (${name}) is an integer`,
          passed: false,
          expected: 'seconds since 1970, an integer',
          actual: JSON.stringify(v),
        },
        stsErrors.tokenMalformed(hop),
      );
    }
  }
  const exp = Number(claims.exp),
    nbf = claims.nbf === undefined ? undefined : Number(claims.nbf),
    iat = Number(claims.iat);
  if (nbf !== undefined)
    check(
      {
        id: 'nbf',
        label: 'Already valid (nbf ≤ now)',
        passed: nbf <= t,
        expected: `≤ ${t}`,
        actual: show(claims.nbf),
      },
      stsErrors.tokenNotYetValid(hop),
    );
  check(
    {
      id: 'exp',
      label: 'Not expired (now < exp)',
      passed: Number.isFinite(exp) && t < exp,
      expected: `> ${t} (now)`,
      actual: claims.exp === undefined ? '(no exp claim)' : show(claims.exp),
    },
    claims.exp === undefined ? stsErrors.tokenMalformed(hop) : stsErrors.tokenExpired(hop, t, exp),
  );
  if (Number.isFinite(iat))
    check({
      id: 'iat',
      label: 'Issued in the past (iat ≤ now)',
      passed: iat <= t,
      expected: `≤ ${t}`,
      actual: show(claims.iat),
      note: 'A token from the future usually means a wrong clock.',
    });

  if (input.trustPolicy.trim() !== '')
    evaluateTrust(input.trustPolicy, iss, claims, aud, report, check);
  const first = failures[0];
  report.verdict = first ? { ok: false, error: first } : { ok: true };
  return report;
}

async function verifySignature(
  jwksText: string,
  token: string,
  alg: string,
  report: TokenReport,
  check: (c: Check, e?: SimError) => void,
) {
  const syntax = findJsonSyntaxError(jwksText);
  if (syntax) {
    const { line, column } = lineColumn(jwksText, syntax.offset);
    report.fieldErrors.jwks = `Line ${line}, column ${column}: ${syntax.message}`;
    return;
  }
  const jwks = JSON.parse(jwksText) as { keys?: unknown };
  if (!Array.isArray(jwks.keys)) {
    report.fieldErrors.jwks =
      'A JWKS is a JSON object with a "keys" array, as served at <issuer>/keys.';
    return;
  }
  const kids = jwks.keys.map((k) => show((k as { kid?: unknown }).kid ?? '(no kid)')).join(', ');
  const hop = 'iam-to-oidc';
  const label = 'Signature verifies with a key from the JWKS';
  if (!VERIFIABLE.includes(alg)) {
    check(
      {
        id: 'signature',
        label,
        passed: false,
        expected: `a public-key signature (${VERIFIABLE.join(', ')})`,
        actual: `alg ${alg}: rejected without trying a key`,
      },
      stsErrors.algorithmNotAllowed(hop),
    );
    return;
  }
  try {
    await compactVerify(token, createLocalJWKSet(jwks as JSONWebKeySet), {
      algorithms: VERIFIABLE,
    });
    check({
      id: 'signature',
      label,
      passed: true,
      expected: `a key with the header's kid among: ${kids}`,
      actual: 'signature verified (jose)',
    });
  } catch (e) {
    if (e instanceof errors.JWKSNoMatchingKey) {
      check(
        {
          id: 'signature',
          label,
          passed: false,
          expected: `a key with the header's kid among: ${kids}`,
          actual: 'no key in the JWKS matches the header (kid, alg)',
        },
        stsErrors.verificationKeyNotFound(hop),
      );
    } else if (e instanceof errors.JWSSignatureVerificationFailed) {
      check(
        {
          id: 'signature',
          label,
          passed: false,
          expected: 'a valid signature',
          actual: 'the signature does not match header and payload',
        },
        stsErrors.signatureInvalid(hop),
      );
    } else {
      report.fieldErrors.jwks = `The JWKS could not be used: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
}

function evaluateTrust(
  text: string,
  iss: string,
  claims: Record<string, unknown>,
  aud: string[],
  report: TokenReport,
  check: (c: Check, e?: SimError) => void,
) {
  const parsed = parsePolicy(text);
  if (!parsed.ok) {
    const where = parsed.error.line
      ? `Line ${parsed.error.line}, column ${parsed.error.column}: `
      : '';
    report.fieldErrors.trustPolicy = `${where}${parsed.error.message}`;
    return;
  }
  const host = issuerHostPath(iss);
  // The provider IAM would have found for this issuer: the Federated principal that names it.
  const listed = parsed.policy.statements.flatMap((s) =>
    s.principal === '*' ? [] : (s.principal?.Federated ?? []),
  );
  const provider =
    listed.find((arn) => arn.endsWith(`:oidc-provider/${host}`)) ??
    `arn:aws:iam::<account>:oidc-provider/${host}`;
  const evaluation = evaluatePolicies([parsed.policy], {
    principal: { type: 'Federated', id: provider },
    action: 'sts:AssumeRoleWithWebIdentity',
    keys: {
      [`${host}:sub`]: typeof claims.sub === 'string' ? [claims.sub] : [],
      [`${host}:aud`]: aud,
    },
  });
  report.trust = { evaluation, findings: lintTrustPolicy(parsed.policy, host) };
  check(
    {
      id: 'trust-policy',
      label: 'The trust policy allows this token',
      passed: evaluation.decision === 'Allow',
      expected: 'Allow',
      actual: evaluation.decision,
    },
    stsErrors.trustPolicyDenied('iam-to-sts'),
  );
}
