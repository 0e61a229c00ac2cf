import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import { findJsonSyntaxError, lineColumn } from '../iam/policy/json-syntax';
import { stsErrors } from '../sts/errors';
import { keyOrSignatureFailure } from '../sts/jose-failures';
import { show, type RecordCheck, type TokenReport } from './types';

/** What the checker can verify; STS itself accepts only the RS and ES families. */
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

/** Verify the token's signature with the pasted JWKS (jose); a JWKS that cannot be read is a field error. */
export async function verifySignature(
  jwksText: string,
  token: string,
  alg: string,
  report: TokenReport,
  check: RecordCheck,
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
    const failure = keyOrSignatureFailure(e, hop);
    if (!failure) {
      report.fieldErrors.jwks = `The JWKS could not be used: ${e instanceof Error ? e.message : String(e)}`;
      return;
    }
    const actual = {
      alg: `alg ${alg} is not allowed`,
      kid: 'no key in the JWKS matches the header (kid, alg)',
      signature: 'the signature does not match header and payload',
    }[failure.failedAt];
    check(
      {
        id: 'signature',
        label,
        passed: false,
        expected: `a key with the header's kid among: ${kids}`,
        actual,
      },
      failure.error,
    );
  }
}
