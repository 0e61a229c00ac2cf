/**
 * Principal tags and IAM policy variables (`${aws:PrincipalTag/kubernetes-namespace}`), for the
 * ABAC that Pod Identity's session tags make possible. The shared evaluator has no variables, so
 * they are resolved here, before it runs; rules from the IAM User Guide, "IAM policy elements:
 * Variables and tags" (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html):
 * - variables work in `Resource` (and `NotResource`) and in the values of String and ARN
 *   conditions, nowhere else, and only under `"Version": "2012-10-17"` (otherwise literal text);
 * - `${key, 'default'}` gives a default; `${*}`, `${?}`, `${$}` stand for the characters;
 * - a variable whose key is not in the request makes its statement invalid: it never applies.
 * Limitation: `${*}` and `${?}` become `*` and `?`, which the wildcard matcher then treats as
 * wildcards where IAM means the literal character.
 */
import { evaluatePolicies } from '../iam/policy';
import { parseOperator } from '../iam/policy/operators';
import type {
  ConditionBlock,
  PolicyDocument,
  PolicyEvaluation,
  PolicyStatement,
  RequestContext,
} from '../iam/policy';

/** `{k: v}` → `{"aws:PrincipalTag/k": [v]}`, the request keys IAM adds for a tagged principal. */
export function principalTagKeys(tags: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(tags).map(([k, v]) => [`aws:PrincipalTag/${k}`, [v]]));
}

/**
 * A role session's principal tags: the role's own tags, then the session tags, which win on the
 * same key ("the session tag overrides the role tag with the same key", STS API Reference,
 * AssumeRole, Tags: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html).
 */
export function sessionPrincipalTags(
  roleTags: Record<string, string>,
  sessionTags: { key: string; value: string }[],
): Record<string, string> {
  return { ...roleTags, ...Object.fromEntries(sessionTags.map((t) => [t.key, t.value])) };
}

const SPECIAL: Record<string, string> = { '*': '*', '?': '?', $: '$' };

/** Replace every `${…}` in `text` from the request's keys (names compared case-insensitively). */
export function substituteVariables(
  text: string,
  keys: Record<string, string[]>,
): { value: string; unresolved: string[] } {
  const lookup = new Map(Object.entries(keys).map(([k, v]) => [k.toLowerCase(), v]));
  const unresolved: string[] = [];
  const value = text.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
    const special = SPECIAL[inner];
    if (special !== undefined) return special;
    const withDefault = /^(.+?)\s*,\s*'([^']*)'$/.exec(inner);
    const name = (withDefault?.[1] ?? inner).trim();
    const values = lookup.get(name.toLowerCase());
    // A multivalued key has no single value to put in a string.
    if (values && values.length === 1) return values[0]!;
    if (withDefault) return withDefault[2]!;
    unresolved.push(name);
    return whole;
  });
  return { value, unresolved };
}

/** Operators whose values may hold variables: the String and ARN families. */
function takesVariables(block: ConditionBlock): boolean {
  const parsed = parseOperator(block.operator);
  return parsed.ok && /^(String|Arn)/.test(parsed.value.base);
}

export interface ResolvedPolicy {
  policy: PolicyDocument;
  /** Per statement (its index), the variables that could not be resolved. */
  unresolved: Map<number, string[]>;
}

/** The policy with its variables replaced; untouched unless its Version supports variables. */
export function resolvePolicyVariables(
  policy: PolicyDocument,
  keys: Record<string, string[]>,
): ResolvedPolicy {
  const unresolved = new Map<number, string[]>();
  if (policy.version !== '2012-10-17') return { policy, unresolved };
  const statements = policy.statements.map((statement, index): PolicyStatement => {
    const missing: string[] = [];
    const sub = (list: string[]) =>
      list.map((text) => {
        const r = substituteVariables(text, keys);
        missing.push(...r.unresolved);
        return r.value;
      });
    const out: PolicyStatement = { ...statement };
    if (statement.resource) out.resource = sub(statement.resource);
    if (statement.notResource) out.notResource = sub(statement.notResource);
    if (statement.condition)
      out.condition = statement.condition.map((block) =>
        takesVariables(block) ? { ...block, values: sub(block.values) } : block,
      );
    if (missing.length > 0) unresolved.set(index, missing);
    return out;
  });
  return { policy: { ...policy, statements }, unresolved };
}

/**
 * `evaluatePolicies` with policy variables: resolve, evaluate, then let no statement with an
 * unresolved variable apply, and decide again (Deny wins, then Allow, else implicit deny).
 */
export function evaluateWithVariables(
  policies: PolicyDocument[],
  request: RequestContext,
): { evaluation: PolicyEvaluation; resolved: ResolvedPolicy[] } {
  const resolved = policies.map((p) => resolvePolicyVariables(p, request.keys));
  const raw = evaluatePolicies(
    resolved.map((r) => r.policy),
    request,
  );
  const statements = raw.statements.map((s) =>
    resolved[s.policyIndex]?.unresolved.has(s.index) ? { ...s, applies: false } : s,
  );
  const applied = statements.filter((s) => s.applies);
  const decision = applied.some((s) => s.effect === 'Deny')
    ? 'ExplicitDeny'
    : applied.some((s) => s.effect === 'Allow')
      ? 'Allow'
      : 'ImplicitDeny';
  return { evaluation: { decision, statements }, resolved };
}

/** A parsed policy back as JSON text, for showing what IAM evaluated after substitution. */
export function policyToJson(policy: PolicyDocument): string {
  const one = (list: string[] | undefined) => (list && list.length === 1 ? list[0] : list);
  const conditions = (blocks: ConditionBlock[] | undefined) => {
    if (!blocks) return undefined;
    const out: Record<string, Record<string, string | string[]>> = {};
    for (const b of blocks) (out[b.operator] ??= {})[b.key] = one(b.values) ?? [];
    return out;
  };
  return JSON.stringify(
    {
      ...(policy.version ? { Version: policy.version } : {}),
      Statement: policy.statements.map((s) => ({
        ...(s.sid !== undefined ? { Sid: s.sid } : {}),
        Effect: s.effect,
        ...(s.principal !== undefined ? { Principal: s.principal } : {}),
        ...(s.action ? { Action: one(s.action) } : {}),
        ...(s.notAction ? { NotAction: one(s.notAction) } : {}),
        ...(s.resource ? { Resource: one(s.resource) } : {}),
        ...(s.notResource ? { NotResource: one(s.notResource) } : {}),
        ...(s.condition ? { Condition: conditions(s.condition) } : {}),
      })),
    },
    null,
    2,
  );
}
