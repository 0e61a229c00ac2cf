/** Shapes shared by the token checker's parts. */
import type { Finding } from '../iam/lint-trust-policy';
import type { PolicyEvaluation } from '../iam/policy';
import type { Check, SimError } from '../result';

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
export const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** Records one check, and the STS error it means when it fails. */
export type RecordCheck = (c: Check, error?: SimError) => void;
