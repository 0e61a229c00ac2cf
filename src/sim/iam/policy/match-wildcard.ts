/**
 * IAM wildcard matching for Action, Resource, StringLike and the ARN operators.
 * No regular expressions: patterns come from user input, and a hand-rolled matcher
 * cannot be tricked into catastrophic backtracking.
 */

/**
 * IAM wildcard match: `*` matches any run of characters (including none), `?` exactly one;
 * case-sensitive unless `ignoreCase`. Characters are Unicode code points, so `?` matches
 * one emoji rather than half of one.
 */
export function matchesWildcard(pattern: string, value: string, ignoreCase = false): boolean {
  const p = Array.from(ignoreCase ? pattern.toLowerCase() : pattern);
  const v = Array.from(ignoreCase ? value.toLowerCase() : value);
  let pi = 0;
  let vi = 0;
  // Where to resume after the most recent `*`: the classic greedy matcher that only ever
  // backtracks to the last star, which is enough because a later star subsumes earlier ones.
  let starAt = -1;
  let resumeAt = 0;
  while (vi < v.length) {
    const pc = p[pi];
    if (pc === '*') {
      starAt = pi;
      resumeAt = vi;
      pi++;
    } else if (pc !== undefined && (pc === '?' || pc === v[vi])) {
      pi++;
      vi++;
    } else if (starAt >= 0) {
      pi = starAt + 1;
      resumeAt++;
      vi = resumeAt;
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi++;
  return pi === p.length;
}

/** True when the text holds a character that StringLike would read as a wildcard. */
export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/**
 * ArnEquals/ArnLike (AWS: "behave identically"): each of the six colon-delimited
 * components is matched separately, so a `*` cannot swallow a colon in the first five.
 */
export function matchesArn(pattern: string, value: string): boolean {
  const p = splitArn(pattern);
  const v = splitArn(value);
  // Not ARN-shaped (e.g. a bare "*"): AWS does not say; we fall back to a whole-string
  // wildcard match so that "*" still means "anything".
  if (p === null || v === null) return matchesWildcard(pattern, value);
  return p.every((part, i) => matchesWildcard(part, v[i] ?? ''));
}

/** `arn:partition:service:region:account:resource`; the resource keeps any further colons. */
function splitArn(text: string): string[] | null {
  const parts = text.split(':');
  if (parts.length < 6) return null;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}
