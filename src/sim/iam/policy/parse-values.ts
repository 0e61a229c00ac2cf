/**
 * Small validators for policy element values. Each returns the normalized value or a
 * PolicyParseError naming the element's path, so the editor can point at it.
 */
import { clip } from './clip';
import { closest } from './suggest';
import type { Parsed as ParsedValue } from '../../parse-result';
import type { PolicyParseError } from './types';

/** A value or the reason it was rejected, with the element's path. */
export type Parsed<T> = ParsedValue<T, PolicyParseError>;

/** Success. */
export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** Failure at `path`. */
export function fail<T>(path: string, message: string): Parsed<T> {
  return { ok: false, error: { message, path } };
}

/** A JSON object parsed from text (never an array or null). */
export type JsonObject = Record<string, unknown>;

/** True for `{…}` values; arrays and null are objects to `typeof` but not to us. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a JSON value is called in messages: "an array", "the number 3", … */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(clip(value))}`;
  if (typeof value === 'number' || typeof value === 'boolean')
    return `${typeof value} ${String(value)}`;
  return 'an object';
}

/** Rejects keys outside `allowed`, suggesting the nearest allowed one. */
export function checkKeys(
  obj: JsonObject,
  allowed: readonly string[],
  where: string,
  path: string,
): Parsed<true> {
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key)) continue;
    const guess = closest(key, allowed);
    const hint = guess ? ` Did you mean "${guess}"?` : ` Allowed: ${allowed.join(', ')}.`;
    return fail(join(path, key), `Unknown element "${clip(key)}" in ${where}.${hint}`);
  }
  return ok(true);
}

/** IAM's "a string, or a non-empty array of strings", normalized to an array. */
export function stringList(value: unknown, path: string, what: string): Parsed<string[]> {
  if (typeof value === 'string') return ok([value]);
  if (!Array.isArray(value)) {
    return fail(path, `${what} must be a string or an array of strings, not ${kindOf(value)}.`);
  }
  if (value.length === 0) return fail(path, `${what} is an empty array: list at least one value.`);
  const out: string[] = [];
  for (const [i, item] of value.entries()) {
    if (typeof item !== 'string') {
      return fail(`${path}[${i}]`, `${what} entries must be strings, not ${kindOf(item)}.`);
    }
    out.push(item);
  }
  return ok(out);
}

/**
 * Condition values: strings, numbers and booleans are all allowed by the grammar
 * (`"aws:SecureTransport": false` is common), and compared as their text.
 */
export function conditionValues(value: unknown, path: string): Parsed<string[]> {
  const items: unknown[] = Array.isArray(value) ? value : [value];
  if (items.length === 0)
    return fail(path, 'Condition values are an empty array: list at least one value.');
  const out: string[] = [];
  for (const [i, item] of items.entries()) {
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
      out.push(String(item));
      continue;
    }
    const at = Array.isArray(value) ? `${path}[${i}]` : path;
    return fail(at, `Condition values must be strings, numbers or booleans, not ${kindOf(item)}.`);
  }
  return ok(out);
}

/** `Statement[0].Condition` + `StringEquals` → `Statement[0].Condition.StringEquals`; odd keys get quotes. */
export function join(path: string, key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(clip(key))}]`;
}
