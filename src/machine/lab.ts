/**
 * What the lab and the token checker need from the simulation, for views: field rules, policy
 * parsing with line and column, and the local token check (loaded lazily with the crypto).
 */
import { parsePolicy } from '../sim/iam/policy';
import { describeParseError } from '../sim/parse-result';
import {
  decodeToken,
  DEFAULT_SCENARIO,
  validateScenario,
  type Scenario,
  type ScenarioField,
  type TokenCheckInput,
  type TokenReport,
} from '../sim';

export { COMMERCIAL_REGIONS, RFC7515_A2_JWKS, RFC7515_A2_TOKEN } from '../sim';
export type { ScenarioField, TokenReport, TokenCheckInput, Scenario };

/** Field → message for each field that breaks its AWS/Kubernetes rule. */
export function scenarioFieldErrors(s: Scenario): Partial<Record<ScenarioField, string>> {
  return validateScenario(s);
}

/** Null when the text is a valid policy; otherwise where (once) and why it is not. */
export function policyTextError(text: string): string | null {
  const result = parsePolicy(text);
  return result.ok ? null : describeParseError(result.error);
}

export { rolePolicies } from '../sim/iam/generate-policies';

/** Why the text is not a token at all (empty, too long, not three base64url JSON parts), at once. */
export function tokenTextError(text: string): string | null {
  const decoded = decodeToken(text);
  return decoded.ok ? null : decoded.error.message;
}

/** Check a pasted token in this browser; nothing is sent or stored. */
export async function checkTokenLocally(input: TokenCheckInput): Promise<TokenReport> {
  const { checkToken } = await import('../sim/engine');
  return checkToken(input, new Date());
}

export { DEFAULT_SCENARIO };
