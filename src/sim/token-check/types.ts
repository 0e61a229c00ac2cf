/** Shapes shared by the token checker's parts. */
import type { Finding } from '../iam/lint-trust-policy';
import type { PolicyEvaluation } from '../iam/policy';
import type { TokenParts } from './decode-token';
import type { Check, SimError } from '../result';

/** What the user pasted. JWKS and trust policy are optional. */
export interface TokenCheckInput {
  token: string;
  jwks: string;
  trustPolicy: string;
}

/** An epoch value as people read it (see `describeEpoch`). */
export interface TokenTime {
  /** `iat`, `nbf`, `exp`, or `now` (the clock the check used). */
  name: 'iat' | 'nbf' | 'exp' | 'now';
  seconds: number;
  /** `2026-11-28 12:00:00 UTC` */
  utc: string;
  /** `issued 2 minutes ago`, `valid for 23 more hours`, `expired 27 hours ago`; empty for now. */
  relative: string;
}

/**
 * What STS would answer. Never `ok` while the signature is unchecked: then, if nothing else
 * failed, `error` is null (no verdict) and `signatureNotChecked` says why.
 */
export type TokenVerdict =
  | {
      ok: true;
      /** What STS needs besides the token that this check could not see. */
      provided: string[];
    }
  | { ok: false; error: SimError }
  | { ok: false; error: null };

export interface TokenReport {
  /** A message per field that could not be read, shown at that field. */
  fieldErrors: Partial<Record<keyof TokenCheckInput, string>>;
  /** What was removed from the pasted token before checking ("Bearer ", quotes), or null. */
  tokenCleaned: string | null;
  decoded: TokenParts | null;
  /** The payload's times and the checker's now, readable. */
  times: TokenTime[];
  /** In the order STS meets them; a check that could not be made has `status: 'not-run'`. */
  checks: Check[];
  trust: { evaluation: PolicyEvaluation; findings: Finding[] } | null;
  /** Why the signature was not verified and what that needs; null when it was (or could not matter). */
  signatureNotChecked: string | null;
  verdict: TokenVerdict;
}

/** A claim value as text: strings as they are, anything else as JSON. */
export const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** Records one check, and the STS error it means when it fails. */
export type RecordCheck = (c: Check, error?: SimError) => void;

/** A check that could not be made: never passed, never failed, with the reason in `actual`. */
export const notRun = (c: Omit<Check, 'passed' | 'status' | 'actual'>, why: string): Check => ({
  ...c,
  passed: false,
  status: 'not-run',
  actual: `not run: ${why}`,
});
