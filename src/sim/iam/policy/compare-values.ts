/**
 * How each condition operator compares one request value with one policy value,
 * always in its positive form: negation and set qualifiers are applied by the caller.
 */
import { hasWildcard, matchesArn, matchesWildcard } from './match-wildcard';
import type { BaseOperator } from './operators';

/** True when the request value satisfies the positive form of `base` for this policy value. */
export function valueMatches(base: BaseOperator, expected: string, actual: string): boolean {
  switch (base) {
    case 'StringEquals':
    case 'StringNotEquals':
      return actual === expected;
    case 'StringEqualsIgnoreCase':
    case 'StringNotEqualsIgnoreCase':
      return actual.toLowerCase() === expected.toLowerCase();
    case 'StringLike':
    case 'StringNotLike':
      return matchesWildcard(expected, actual);
    case 'ArnEquals':
    case 'ArnNotEquals':
    case 'ArnLike':
    case 'ArnNotLike':
      return matchesArn(expected, actual);
    case 'Bool':
      // Policies write true/false in any case and JSON booleans become "true"/"false".
      return actual.toLowerCase() === expected.toLowerCase();
    case 'Null':
      return false; // Null looks at presence only; see evaluate-condition.ts
  }
}

/** The first policy value this request value matches (positive form), if any. */
export function firstMatch(
  base: BaseOperator,
  expected: readonly string[],
  actual: string,
): string | undefined {
  return expected.find((e) => valueMatches(base, e, actual));
}

/** The verb for a sentence: `"a" equals "b"`, `"a" matches "b*"`. */
export function verb(base: BaseOperator): string {
  if (base.includes('IgnoreCase')) return 'equals (ignoring case)';
  if (base.includes('Like') || base.startsWith('Arn')) return 'matches';
  return 'equals';
}

/** Operators where `*` and `?` are ordinary characters. */
function isExact(base: BaseOperator): boolean {
  return base.startsWith('String') && base.includes('Equals');
}

/**
 * A note for the two mistakes the simulator exists to teach: a wildcard inside an exact
 * operator (crossplane#5578: it silently never matches) and a case-only difference.
 * Returns '' when neither applies.
 */
export function mismatchHint(
  base: BaseOperator,
  expected: readonly string[],
  actual: readonly string[],
): string {
  const pattern = expected.find((e) => hasWildcard(e) && !actual.includes(e));
  if (isExact(base) && pattern !== undefined) {
    return ` ${base} has no wildcards: "*" and "?" are literal characters, so use StringLike for patterns.`;
  }
  const caseSensitive = base.startsWith('String') && !base.includes('IgnoreCase');
  if (caseSensitive || base.startsWith('Arn')) {
    for (const a of actual) {
      // Only a near miss deserves the hint: equal when case is ignored, different otherwise.
      const twin = expected.find((e) =>
        base.includes('Like') || base.startsWith('Arn')
          ? matchesWildcard(e, a, true) && !matchesWildcard(e, a)
          : e !== a && e.toLowerCase() === a.toLowerCase(),
      );
      if (twin !== undefined) {
        return ` Values are case-sensitive: "${a}" and "${twin}" differ only in case.`;
      }
    }
  }
  return '';
}
