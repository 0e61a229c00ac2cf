export type { TokenCheckInput, TokenReport, TokenTime, TokenVerdict } from './types';
import type { Check, SimError } from '../result';
import { STS_ALGORITHMS } from '../sts/algorithms';
import { stsErrors } from '../sts/errors';
import { checkTimes, describeTimes } from './check-times';
import { cleanPastedToken } from './clean-pasted-token';
import { decodeToken } from './decode-token';
import { evaluateTrust } from './evaluate-trust';
import { show, type TokenCheckInput, type TokenReport } from './types';
import { verifySignature, type SignatureNotChecked } from './verify-signature';

const EKS_ISSUER = /^https:\/\/oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/id\/[0-9A-F]{32}$/;
const HOP = 'iam-to-oidc';

/**
 * Check a real token locally: decode, verify the signature when keys are given, check the
 * times, audience and issuer, evaluate a trust policy, and say what STS would answer.
 * Checks are made in the order STS makes them (provider lookup by iss, then jose's alg, key,
 * signature, aud, nbf, exp), so the first failure is STS's answer. Nothing leaves the caller.
 */
export async function checkToken(input: TokenCheckInput, now: Date): Promise<TokenReport> {
  const report: TokenReport = {
    fieldErrors: {},
    tokenCleaned: cleanPastedToken(input.token).removed,
    decoded: null,
    times: [],
    checks: [],
    trust: null,
    signatureNotChecked: null,
    verdict: { ok: false, error: null },
  };
  const failures: { error: SimError; afterSignature: boolean }[] = [];
  let signatureMet = false;
  const check = (c: Check, error?: SimError) => {
    report.checks.push(c);
    // A check that did not run is no failure: it can neither reject nor accept the token.
    if (!c.passed && c.status !== 'not-run' && error)
      failures.push({ error, afterSignature: signatureMet });
    if (c.id === 'signature') signatureMet = true;
  };
  const decoded = decodeToken(input.token);
  if (!decoded.ok) {
    report.fieldErrors.token = decoded.error.message;
    report.verdict = { ok: false, error: stsErrors.tokenMalformed('sts-to-iam') };
    return report;
  }
  report.decoded = decoded.value;
  const { header, claims, segments } = decoded.value;
  report.times = describeTimes(claims, now);
  const alg = typeof header.alg === 'string' ? header.alg : '(missing)';

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
    // STS first finds the IAM OIDC provider by iss; IAM only registers https issuers.
    stsErrors.providerNotFound('sts-to-iam', iss),
  );
  check(
    {
      id: 'alg',
      label: 'Signed with an algorithm STS accepts',
      passed: STS_ALGORITHMS.includes(alg),
      // The one place the checker names the list.
      expected: `one of ${STS_ALGORITHMS.join(', ')}`,
      actual: alg,
      note:
        alg === 'none'
          ? 'Unsigned tokens are never accepted.'
          : /^HS/.test(alg)
            ? 'HMAC needs a shared secret; STS only takes public-key signatures.'
            : /^PS/.test(alg)
              ? 'RSA-PSS is a public-key signature, but STS does not list it.'
              : undefined,
    },
    stsErrors.algorithmNotAllowed(HOP),
  );
  const skipped = await verifySignature(
    input.jwks,
    segments.join('.'),
    alg,
    header.kid,
    report,
    check,
  );

  // `show`, not String: an entry such as {"toString": 1} makes String throw.
  const aud = Array.isArray(claims.aud)
    ? claims.aud.map(show)
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
    aud.length ? stsErrors.audienceIncorrect(HOP) : stsErrors.audienceMissing(HOP),
  );
  checkTimes(claims, now, check);

  evaluateTrust(input.trustPolicy, iss, claims, aud, report, check);

  const first = failures[0];
  report.signatureNotChecked = skipped
    ? explain(skipped, iss, first?.afterSignature ?? false)
    : null;
  if (first) report.verdict = { ok: false, error: first.error };
  else if (skipped) report.verdict = { ok: false, error: null };
  else {
    const provided = [
      'the role’s account has an IAM OIDC provider for this issuer with sts.amazonaws.com as a client ID',
    ];
    if (!report.trust)
      provided.push('the role’s trust policy allows this token (not checked here)');
    report.verdict = { ok: true, provided };
  }
  return report;
}

/** The signature was not verified: say so plainly, what STS does, and what checking it needs. */
function explain(skipped: SignatureNotChecked, iss: string, rejectedAfter: boolean): string {
  const keys = /^https:\/\//.test(iss) ? `${iss.replace(/\/+$/, '')}/keys` : '<issuer>/keys';
  const sts = `STS always verifies it, with the issuer’s JWKS (for EKS, from ${keys}).`;
  const then = skipped.keyMissing
    ? ` If this is that JWKS, STS finds no key either and answers InvalidIdentityToken: ${stsErrors.verificationKeyNotFound(HOP).message} (AWS does not document this case; the message is our best reading.)`
    : ' Paste that JWKS to check the signature here.';
  const instead = rejectedAfter
    ? ' If the signature does not verify, STS answers InvalidIdentityToken instead of the error above.'
    : '';
  return `The signature was not checked: ${skipped.why}. ${sts}${then}${instead}`;
}
