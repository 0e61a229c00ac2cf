/**
 * Results, not exceptions: every hop answers `{ ok: true, ... }` or `{ ok: false, error }`.
 * `SimError` carries what AWS would show (awsCode, message, HTTP status) and where it surfaced.
 */

import type { PodIdentityStepId } from './pod-identity/types';
import type { IrsaStepId } from './run-record';

/**
 * Where an error surfaced: a step of either flow (its id), the preparation phase, or `in-pod`: a failure inside
 * the pod or on its network (the SDK cannot read its token, cannot reach STS) that no AWS service
 * answered. It surfaces in the first step, with the client's own error text.
 */
export type Hop = 'setup' | 'in-pod' | IrsaStepId | PodIdentityStepId;

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
  | 'ERR_S3_TOKEN_EXPIRED'
  | 'ERR_CLIENT_TOKEN_FILE_UNREADABLE'
  | 'ERR_CLIENT_CONNECT_TIMEOUT'
  | 'ERR_STS_THROTTLED'
  | 'ERR_ASSUME_ROLE_DENIED'
  // EKS Pod Identity
  | 'ERR_POD_IDENTITY_AGENT_UNREACHABLE'
  | 'ERR_POD_IDENTITY_ASSOCIATION_REFUSED'
  | 'ERR_POD_IDENTITY_ASSOCIATION_NOT_FOUND'
  | 'ERR_EKS_AUTH_ACCESS_DENIED'
  | 'ERR_EKS_AUTH_SIGNATURE_MISMATCH'
  | 'ERR_EKS_AUTH_TOKEN_INVALID'
  | 'ERR_EKS_AUTH_TOKEN_EXPIRED'
  | 'ERR_POD_IDENTITY_TRUST_DENIED'
  | 'ERR_SCENARIO_INVALID';

/**
 * How sure we are of the wording AWS uses for this error (docs/aws-facts.md lists each message and its source):
 * - observed: seen verbatim in real captures / issues;
 * - model: the description from the AWS API model, real runtime wording unconfirmed;
 * - unconfirmed: our best reading; the UI must say so.
 */
export type MessageEvidence = 'observed' | 'model' | 'unconfirmed';

/** Where a message's wording was checked: a public capture or an AWS page. The page links it. */
export interface MessageSource {
  title: string;
  url: string;
}

export interface SimError {
  code: SimErrorCode;
  /** The `Code` AWS puts on the wire, e.g. `InvalidIdentityToken`. */
  awsCode: string;
  /** Verbatim message, e.g. `Incorrect token audience`. */
  message: string;
  httpStatus: number;
  hop: Hop;
  evidence: MessageEvidence;
  /** The capture or page this wording was checked against (absent only for our own errors). */
  source?: MessageSource;
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

export function simError(
  hop: Hop,
  code: SimErrorCode,
  awsCode: string,
  httpStatus: number,
  message: string,
  evidence: MessageEvidence,
  source?: MessageSource,
): SimError {
  return source
    ? { code, awsCode, message, httpStatus, hop, evidence, source }
    : { code, awsCode, message, httpStatus, hop, evidence };
}
