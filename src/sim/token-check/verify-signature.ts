import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import { jsonSyntaxError } from '../iam/policy/json-syntax';
import { describeParseError } from '../parse-result';
import { STS_ALGORITHMS } from '../sts/algorithms';
import { keyOrSignatureFailure } from '../sts/jose-failures';
import { notRun, show, type RecordCheck, type TokenReport } from './types';

/** Why the signature could not be verified; `keyMissing` when the JWKS has no key for the token. */
export interface SignatureNotChecked {
  why: string;
  keyMissing: boolean;
}

const CHECK = { id: 'signature', label: 'Signature verifies with a key from the JWKS' };
const HOP = 'iam-to-oidc';

/**
 * Verify the token's signature with the pasted JWKS (jose), for exactly the algorithms STS
 * accepts. Returns why it was not verified, or null when it was verified or failed, or when the
 * algorithm alone decides (STS refuses it before looking for a key). A JWKS that cannot be read
 * is a field error, and the check is "not run", never passed.
 */
export async function verifySignature(
  jwksText: string,
  token: string,
  alg: string,
  kid: unknown,
  report: TokenReport,
  check: RecordCheck,
): Promise<SignatureNotChecked | null> {
  const header = `the header (${kid === undefined ? 'no kid' : `kid ${JSON.stringify(kid)}`}, alg ${alg})`;
  const expected = `a key in the JWKS matching ${header}`;
  const skip = (why: string, keyMissing = false) => {
    check(notRun({ ...CHECK, expected }, why));
    return { why, keyMissing };
  };
  if (!STS_ALGORITHMS.includes(alg)) {
    check(notRun({ ...CHECK, expected }, `alg ${alg} is not one STS accepts, so no key was tried`));
    return null;
  }
  if (jwksText.trim() === '') return skip('no JWKS was pasted');
  const unreadable = 'the JWKS could not be read (see the JWKS field)';
  const syntax = jsonSyntaxError(jwksText);
  if (syntax) {
    report.fieldErrors.jwks = describeParseError(syntax);
    return skip(unreadable);
  }
  const jwks = JSON.parse(jwksText) as { keys?: unknown };
  if (typeof jwks !== 'object' || jwks === null || !Array.isArray(jwks.keys)) {
    report.fieldErrors.jwks =
      'A JWKS is a JSON object with a "keys" array, as served at <issuer>/keys.';
    return skip(unreadable);
  }
  const kids = jwks.keys.map((k: unknown) =>
    show((k as { kid?: unknown } | null)?.kid ?? '(no kid)'),
  );
  try {
    await compactVerify(token, createLocalJWKSet(jwks as JSONWebKeySet), {
      algorithms: [...STS_ALGORITHMS],
    });
    check({ ...CHECK, passed: true, expected, actual: 'signature verified (jose)' });
    return null;
  } catch (e) {
    const failure = keyOrSignatureFailure(e, HOP);
    if (failure?.failedAt === 'kid') {
      const listed = kids.length ? `its keys: ${kids.join(', ')}` : 'it has no keys';
      return skip(`no key in this JWKS matches ${header}; ${listed}`, true);
    }
    if (failure) {
      const actual =
        failure.failedAt === 'alg'
          ? `alg ${alg} is not allowed`
          : 'the signature does not match header and payload';
      check({ ...CHECK, passed: false, expected, actual }, failure.error);
      return null;
    }
    report.fieldErrors.jwks = `The JWKS could not be used: ${e instanceof Error ? e.message : String(e)}`;
    return skip(unreadable);
  }
}
