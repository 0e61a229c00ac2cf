/**
 * One statement against the request: principal, action, resource, conditions.
 * Everything is evaluated (no short-circuit) so the UI can show every check.
 */
import { evaluateCondition, type KeyLookup } from './evaluate-condition';
import { matchesWildcard } from './match-wildcard';
import type { PolicyStatement, RequestContext, StatementResult } from './types';

/** Evaluates `statement`, the `index`-th of policy `policyIndex`. */
export function evaluateStatement(
  statement: PolicyStatement,
  request: RequestContext,
  keys: KeyLookup,
  policyIndex: number,
  index: number,
): StatementResult {
  const principalMatched = matchesPrincipalElement(statement, request);
  const actionMatched = matchesActionElement(statement, request.action);
  const resourceMatched = matchesResourceElement(statement, request.resource);
  const conditions = (statement.condition ?? []).map((block) => evaluateCondition(block, keys));
  const applies =
    principalMatched && actionMatched && resourceMatched && conditions.every((c) => c.passed);
  const result: StatementResult = {
    policyIndex,
    index,
    effect: statement.effect,
    principalMatched,
    actionMatched,
    resourceMatched,
    conditions,
    applies,
  };
  if (statement.sid !== undefined) result.sid = statement.sid;
  return result;
}

/**
 * Principal / NotPrincipal. No element at all: identity policies, which apply to whoever
 * holds them. `"*"` and `{"AWS": "*"}` mean everyone (IAM grammar: `*` is only
 * "everyone/anonymous", never part of a name), so other values are compared exactly.
 */
function matchesPrincipalElement(statement: PolicyStatement, request: RequestContext): boolean {
  if (statement.principal !== undefined) return principalListed(statement.principal, request);
  if (statement.notPrincipal !== undefined)
    return !principalListed(statement.notPrincipal, request);
  return true;
}

function principalListed(
  element: Record<string, string[]> | '*',
  request: RequestContext,
): boolean {
  if (element === '*') return true;
  if (Object.hasOwn(element, 'AWS') && element.AWS?.includes('*')) return true;
  const who = request.principal;
  if (who === undefined || !Object.hasOwn(element, who.type)) return false;
  return element[who.type]?.includes(who.id) ?? false;
}

/** Action / NotAction: IAM action names are case-insensitive and take `*` and `?`. */
function matchesActionElement(statement: PolicyStatement, action: string): boolean {
  const listed = (patterns: string[]): boolean =>
    patterns.some((p) => matchesWildcard(p, action, true));
  if (statement.action !== undefined) return listed(statement.action);
  if (statement.notAction !== undefined) return !listed(statement.notAction);
  return false; // a statement without either never parses; hand-built ones cover nothing
}

/**
 * Resource / NotResource: case-sensitive with wildcards. No element: trust policies, which
 * may not have one. A request without a resource (trust-policy evaluation) skips the check:
 * AWS rejects Resource in trust policies, so there is nothing meaningful to compare.
 */
function matchesResourceElement(statement: PolicyStatement, resource: string | undefined): boolean {
  if (resource === undefined) return true;
  const listed = (patterns: string[]): boolean =>
    patterns.some((p) => matchesWildcard(p, resource));
  if (statement.resource !== undefined) return listed(statement.resource);
  if (statement.notResource !== undefined) return !listed(statement.notResource);
  return true;
}
