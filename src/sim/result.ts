/**
 * Results, not exceptions: every hop answers `{ ok: true, ... }` or `{ ok: false, error }`.
 * `SimError` carries what AWS would show (awsCode, message, HTTP status) and where it surfaced.
 */

/** The six steps of the walkthrough, plus the preparation phase. */
export type Hop =
  'setup' | 'pod-to-sts' | 'sts-to-iam' | 'iam-to-oidc' | 'iam-to-sts' | 'sts-to-pod' | 'pod-to-s3';

/** Our own stable error vocabulary (like jose's ERR_* codes); tests assert these. */
export type SimErrorCode =
  | 'ERR_ROLE_ARN_INVALID'
  | 'ERR_TOKEN_MALFORMED'
  | 'ERR_PROVIDER_NOT_FOUND'
  | 'ERR_VERIFICATION_KEY_NOT_FOUND'
  | 'ERR_SIGNATURE_INVALID'
  | 'ERR_ALGORITHM_NOT_ALLOWED'
  | 'ERR_AUDIENCE_MISSING'
  | 'ERR_AUDIENCE_INCORRECT'
  | 'ERR_TOKEN_EXPIRED'
  | 'ERR_TOKEN_NOT_YET_VALID'
  | 'ERR_TRUST_POLICY_DENIED'
  | 'ERR_DURATION_EXCEEDS_MAX'
  | 'ERR_S3_INVALID_ACCESS_KEY'
  | 'ERR_S3_SIGNATURE_MISMATCH'
  | 'ERR_S3_TOKEN_INVALID'
  | 'ERR_S3_ACCESS_DENIED'
  | 'ERR_SCENARIO_INVALID';

/**
 * How sure we are of the wording AWS uses for this error (see irsa-facts.md):
 * - observed: seen verbatim in real captures / issues;
 * - model: the description from the AWS API model, real runtime wording unconfirmed;
 * - unconfirmed: our best reading; the UI must say so.
 */
export type MessageEvidence = 'observed' | 'model' | 'unconfirmed';

export interface SimError {
  code: SimErrorCode;
  /** The `Code` AWS puts on the wire, e.g. `InvalidIdentityToken`. */
  awsCode: string;
  /** Verbatim message, e.g. `Incorrect token audience`. */
  message: string;
  httpStatus: number;
  hop: Hop;
  evidence: MessageEvidence;
}

/** One comparison a service made, shown to the learner as passed or failed with both values. */
export interface Check {
  id: string;
  label: string;
  /** False when the check failed, and also when it did not run (see `status`). */
  passed: boolean;
  expected: string;
  actual: string;
  /** Optional one-line note, e.g. which claim or which policy condition. */
  note?: string;
  /**
   * `not-run`: the comparison could not be made (e.g. no key to verify a signature with), so it
   * neither passed nor failed; `passed` is then false and `actual` says why. Absent: it ran.
   */
  status?: 'not-run';
}

export type Result<T> = ({ ok: true } & T) | { ok: false; error: SimError; checks: Check[] };

export function simError(
  hop: Hop,
  code: SimErrorCode,
  awsCode: string,
  httpStatus: number,
  message: string,
  evidence: MessageEvidence,
): SimError {
  return { code, awsCode, message, httpStatus, hop, evidence };
}
