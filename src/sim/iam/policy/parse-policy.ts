/**
 * Policy text → PolicyDocument, or one precise error. Never throws: the text comes
 * straight from the learner's editor.
 */
import { jsonSyntaxError } from './json-syntax';
import { parseStatement } from './parse-statement';
import { checkKeys, isObject, kindOf } from './parse-values';
import type { ParsePolicyResult, PolicyDocument, PolicyParseError, PolicyStatement } from './types';

/** Policy language versions IAM accepts (the grammar's version_block). */
const VERSIONS = ['2012-10-17', '2008-10-17'];

/**
 * Parse JSON text into a PolicyDocument. Invalid JSON → what is wrong, at 1-based line and column.
 * Valid JSON that is not a policy → a precise message and the element's path. Never throws.
 */
export function parsePolicy(text: string): ParsePolicyResult {
  try {
    return parseText(text);
  } catch (error) {
    // Defensive only: nothing below is expected to throw, but a learner's paste must
    // never crash the app, whatever it contains.
    return failure({ message: `Could not read the policy: ${String(error)}` });
  }
}

function parseText(text: string): ParsePolicyResult {
  if (typeof text !== 'string')
    return failure({ message: 'The policy must be given as JSON text.' });
  // Where is said by line and column; the message says what, so no caller says it twice.
  const syntax = jsonSyntaxError(text);
  if (syntax !== null) return failure(syntax);
  return toPolicy(JSON.parse(text) as unknown);
}

function toPolicy(value: unknown): ParsePolicyResult {
  if (!isObject(value)) {
    return failure({
      message: `A policy is a JSON object like {"Version": "2012-10-17", "Statement": […]}, not ${kindOf(value)}.`,
    });
  }
  const keys = checkKeys(value, ['Version', 'Id', 'Statement'], 'the policy', '');
  if (!keys.ok) return failure(keys.error);

  const version = value.Version;
  if (
    Object.hasOwn(value, 'Version') &&
    (typeof version !== 'string' || !VERSIONS.includes(version))
  ) {
    return failure({
      path: 'Version',
      message: `Version must be "2012-10-17" (or the older "2008-10-17"), not ${kindOf(version)}.`,
    });
  }
  if (Object.hasOwn(value, 'Id') && typeof value.Id !== 'string') {
    return failure({ path: 'Id', message: `Id must be a string, not ${kindOf(value.Id)}.` });
  }
  if (!Object.hasOwn(value, 'Statement')) {
    return failure({
      path: 'Statement',
      message: 'The policy has no Statement: add "Statement": [ { … } ].',
    });
  }

  const raw = value.Statement;
  // The grammar allows a single statement object in place of a one-element array.
  const items: { value: unknown; path: string }[] = Array.isArray(raw)
    ? raw.map((item: unknown, i) => ({ value: item, path: `Statement[${i}]` }))
    : [{ value: raw, path: 'Statement' }];
  if (!Array.isArray(raw) && !isObject(raw)) {
    return failure({
      path: 'Statement',
      message: `Statement must be an object or an array of objects, not ${kindOf(raw)}.`,
    });
  }
  if (items.length === 0) {
    return failure({
      path: 'Statement',
      message: 'Statement is an empty array: add at least one statement.',
    });
  }

  const statements: PolicyStatement[] = [];
  for (const item of items) {
    const statement = parseStatement(item.value, item.path);
    if (!statement.ok) return failure(statement.error);
    statements.push(statement.value);
  }
  return success(typeof version === 'string' ? { version, statements } : { statements });
}

function success(policy: PolicyDocument): ParsePolicyResult {
  return { ok: true, value: policy };
}

function failure(error: PolicyParseError): ParsePolicyResult {
  return { ok: false, error };
}
