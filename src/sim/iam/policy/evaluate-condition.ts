/**
 * One condition block (operator + key + values) against the request, with the one-sentence
 * reason the UI shows. Rules from the IAM user guide (condition operators, multivalued
 * conditions); see docs/aws-facts.md, "IAM: policy evaluation".
 */
import { clip, quoteList } from './clip';
import { firstMatch, mismatchHint, verb } from './compare-values';
import { parseOperator, type OperatorInfo } from './operators';
import type { ConditionBlock, ConditionResult } from './types';

/** Request condition keys, indexed by lower-cased name (IAM key names ignore case). */
export type KeyLookup = ReadonlyMap<string, readonly string[]>;

/**
 * Indexes the request's keys by lower-cased name. Two names differing only in case are
 * the same key to IAM, so their values are merged (a choice: AWS requests never do this).
 */
export function keyLookup(keys: Record<string, string[]>): KeyLookup {
  const map = new Map<string, string[]>();
  for (const [name, values] of Object.entries(keys)) {
    const lower = name.toLowerCase();
    map.set(lower, [...(map.get(lower) ?? []), ...(Array.isArray(values) ? values : [])]);
  }
  return map;
}

/** Evaluates one condition block. Never throws, even for operators the parser would reject. */
export function evaluateCondition(block: ConditionBlock, keys: KeyLookup): ConditionResult {
  const found = keys.get(block.key.toLowerCase());
  const actual = found === undefined ? null : [...found];
  const result = (passed: boolean, explanation: string): ConditionResult => ({
    operator: block.operator,
    key: block.key,
    expected: [...block.values],
    actual,
    passed,
    explanation,
  });
  const parsed = parseOperator(block.operator);
  if (!parsed.ok)
    return result(
      false,
      `${parsed.error.message} The simulator cannot evaluate it, so the condition fails.`,
    );
  const op = parsed.value;
  const key = `"${clip(block.key)}"`;
  // An empty list is treated like a missing key: AWS calls both an "empty data set".
  const present = actual !== null && actual.length > 0;

  if (op.base === 'Null') {
    const wantsAbsent = block.values.some((v) => v.toLowerCase() === 'true');
    const wantsPresent = block.values.some((v) => v.toLowerCase() === 'false');
    if (present) {
      return wantsPresent
        ? result(true, `${key} is present, which is what Null "false" asks for.`)
        : result(false, `${key} is present, but Null "true" asks for it to be absent.`);
    }
    return wantsAbsent
      ? result(true, `${key} is absent, which is what Null "true" asks for.`)
      : result(false, `${key} is absent, but Null "false" asks for it to be present.`);
  }

  if (!present || actual === null) return absent(op, block.operator, key, actual !== null, result);
  if (op.setOperator === 'ForAnyValue') return forAnyValue(op, block.values, actual, result);
  if (op.setOperator === 'ForAllValues') return forAllValues(op, block.values, actual, result);
  return plain(op, block.operator, block.values, actual, result);
}

type Make = (passed: boolean, explanation: string) => ConditionResult;

function absent(
  op: OperatorInfo,
  operator: string,
  key: string,
  listed: boolean,
  result: Make,
): ConditionResult {
  const missing = listed ? `${key} has no values in the request` : `${key} is not in the request`;
  // Set qualifiers decide before IfExists: AWS documents ForAnyValue as false for a missing
  // key, and a re:Post report shows ForAnyValue:StringEqualsIfExists denying in that case.
  if (op.setOperator === 'ForAnyValue') {
    return result(false, `${missing}, and ForAnyValue is false when the key is missing or empty.`);
  }
  if (op.setOperator === 'ForAllValues') {
    return result(
      true,
      `${missing}, and ForAllValues is true when the key is missing or empty: there is nothing to check.`,
    );
  }
  if (op.ifExists) {
    return result(true, `${missing}, so ${operator} passes: IfExists checks only keys that exist.`);
  }
  if (op.negated) {
    return result(
      true,
      `${missing}, and a negated operator like ${op.base} is true when the key is missing.`,
    );
  }
  return result(false, `${missing}, so ${operator} is false: a missing key matches nothing.`);
}

/**
 * No set qualifier. With one request value this is AWS's documented behaviour. With several
 * (a multivalued key used without ForAnyValue/ForAllValues) AWS says not to rely on the
 * result; INFERRED: we pass a positive operator if any request value matches any policy
 * value, and a negated operator if none does (the exact negation).
 */
function plain(
  op: OperatorInfo,
  operator: string,
  expected: string[],
  actual: string[],
  result: Make,
): ConditionResult {
  const hit = findPair(op, expected, actual);
  const many =
    actual.length > 1
      ? ' (one of several request values; without ForAnyValue/ForAllValues any one counts)'
      : '';
  const hint = mismatchHint(op.base, expected, actual);
  const noMatch =
    actual.length > 1
      ? `None of the request values ${quoteList(actual, 'and')} matches ${quoteList(expected)}`
      : `${q(actual[0] ?? '')} ${noneOf(expected)}`;
  if (!op.negated) {
    if (hit) return result(true, `${q(hit.actual)} ${verb(op.base)} ${q(hit.expected)}${many}.`);
    return result(false, `${noMatch}.${hint}`);
  }
  if (hit) {
    return result(
      false,
      `${q(hit.actual)} ${verb(op.base)} ${q(hit.expected)}, so ${operator} is false${many}.`,
    );
  }
  return result(true, `${noMatch}, so ${operator} is true.${hint}`);
}

function forAnyValue(
  op: OperatorInfo,
  expected: string[],
  actual: string[],
  result: Make,
): ConditionResult {
  const list = quoteList(expected);
  if (!op.negated) {
    const hit = findPair(op, expected, actual);
    if (hit) {
      return result(
        true,
        `Request value ${q(hit.actual)} ${verb(op.base)} ${q(hit.expected)}, and ForAnyValue needs only one.`,
      );
    }
    const hint = mismatchHint(op.base, expected, actual);
    return result(false, `No request value (${quoteList(actual, 'and')}) matches ${list}.${hint}`);
  }
  const outside = actual.find((a) => firstMatch(op.base, expected, a) === undefined);
  if (outside !== undefined) {
    const hint = mismatchHint(op.base, expected, [outside]);
    return result(
      true,
      `Request value ${q(outside)} ${noneOf(expected)}, and ForAnyValue needs only one such value.${hint}`,
    );
  }
  return result(false, `Every request value matches ${list}, so none satisfies ${op.base}.`);
}

function forAllValues(
  op: OperatorInfo,
  expected: string[],
  actual: string[],
  result: Make,
): ConditionResult {
  const list = quoteList(expected);
  if (!op.negated) {
    const stray = actual.find((a) => firstMatch(op.base, expected, a) === undefined);
    if (stray === undefined) {
      return result(true, `Every request value (${quoteList(actual, 'and')}) matches ${list}.`);
    }
    const hint = mismatchHint(op.base, expected, [stray]);
    return result(
      false,
      `Request value ${q(stray)} ${noneOf(expected)}, and ForAllValues needs every value to match.${hint}`,
    );
  }
  const hit = findPair(op, expected, actual);
  if (hit === undefined) {
    const hint = mismatchHint(op.base, expected, actual);
    return result(
      true,
      `No request value matches ${list}, as ForAllValues:${op.base} requires.${hint}`,
    );
  }
  return result(
    false,
    `Request value ${q(hit.actual)} ${verb(op.base)} ${q(hit.expected)}, and ForAllValues:${op.base} needs every value to avoid the list.`,
  );
}

/** `does not match "a"` / `matches none of "a", "b" or "c"`. */
function noneOf(expected: string[]): string {
  return expected.length === 1
    ? `does not match ${q(expected[0] ?? '')}`
    : `matches none of ${quoteList(expected)}`;
}

/** The first (request value, policy value) pair that matches in the operator's positive form. */
function findPair(
  op: OperatorInfo,
  expected: string[],
  actual: string[],
): { actual: string; expected: string } | undefined {
  for (const a of actual) {
    const e = firstMatch(op.base, expected, a);
    if (e !== undefined) return { actual: a, expected: e };
  }
  return undefined;
}

function q(text: string): string {
  return JSON.stringify(clip(text));
}
