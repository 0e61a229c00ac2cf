export type { TokenCheckInput, TokenReport } from './types';
import { epochSeconds } from '../clock';
import type { Check, SimError } from '../result';
import { stsErrors } from '../sts/errors';
import { decodeToken } from './decode-token';
import { show, type TokenCheckInput, type TokenReport } from './types';
import { evaluateTrust } from './evaluate-trust';
import { verifySignature } from './verify-signature';

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
