/**
 * One policy statement: JSON object → normalized PolicyStatement, following the IAM policy
 * grammar (reference_policies_grammar). Checks that cannot depend on the policy's kind
 * (trust vs permission) only: Resource is optional here because trust policies have none.
 */
import { clip } from './clip';
import { parseOperator } from './operators';
import {
  checkKeys,
  conditionValues,
  fail,
  isObject,
  join,
  kindOf,
  ok,
  stringList,
  type Parsed,
} from './parse-values';
import type { ConditionBlock, Effect, PolicyStatement } from './types';

const STATEMENT_KEYS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
] as const;

const PRINCIPAL_TYPES = ['AWS', 'Federated', 'Service', 'CanonicalUser'] as const;

/** Parses the statement at `path` (e.g. `Statement[0]`). */
export function parseStatement(value: unknown, path: string): Parsed<PolicyStatement> {
  if (!isObject(value)) return fail(path, `${path} must be an object, not ${kindOf(value)}.`);
  const keys = checkKeys(value, STATEMENT_KEYS, path, path);
  if (!keys.ok) return keys;
  const has = (key: string): boolean => Object.hasOwn(value, key);

  const effect = parseEffect(value.Effect, has('Effect'), path);
  if (!effect.ok) return effect;
  const statement: PolicyStatement = { effect: effect.value };

  if (has('Sid')) {
    if (typeof value.Sid !== 'string')
      return fail(join(path, 'Sid'), `Sid must be a string, not ${kindOf(value.Sid)}.`);
    statement.sid = value.Sid;
  }

  if (has('Principal') && has('NotPrincipal')) {
    return fail(path, `${path} has both Principal and NotPrincipal: use only one.`);
  }
  for (const name of ['Principal', 'NotPrincipal'] as const) {
    if (!has(name)) continue;
    const principal = parsePrincipal(value[name], join(path, name), name);
    if (!principal.ok) return principal;
    statement[name === 'Principal' ? 'principal' : 'notPrincipal'] = principal.value;
  }

  if (has('Action') && has('NotAction')) {
    return fail(path, `${path} has both Action and NotAction: use only one.`);
  }
  if (!has('Action') && !has('NotAction')) {
    return fail(
      join(path, 'Action'),
      `${path} has no Action: add "Action" (or "NotAction") naming what it covers.`,
    );
  }
  for (const name of ['Action', 'NotAction'] as const) {
    if (!has(name)) continue;
    const actions = parseActions(value[name], join(path, name), name);
    if (!actions.ok) return actions;
    statement[name === 'Action' ? 'action' : 'notAction'] = actions.value;
  }

  if (has('Resource') && has('NotResource')) {
    return fail(path, `${path} has both Resource and NotResource: use only one.`);
  }
  for (const name of ['Resource', 'NotResource'] as const) {
    if (!has(name)) continue;
    const resources = parseResources(value[name], join(path, name), name);
    if (!resources.ok) return resources;
    statement[name === 'Resource' ? 'resource' : 'notResource'] = resources.value;
  }

  if (has('Condition')) {
    const condition = parseCondition(value.Condition, join(path, 'Condition'));
    if (!condition.ok) return condition;
    statement.condition = condition.value;
  }
  return ok(statement);
}

function parseEffect(value: unknown, present: boolean, path: string): Parsed<Effect> {
  const at = join(path, 'Effect');
  if (!present)
    return fail(at, `${path} has no Effect: add "Effect": "Allow" or "Effect": "Deny".`);
  if (value === 'Allow' || value === 'Deny') return ok(value);
  const caseHint =
    typeof value === 'string' && ['allow', 'deny'].includes(value.toLowerCase())
      ? ' (case matters)'
      : '';
  return fail(at, `Effect must be "Allow" or "Deny", not ${kindOf(value)}${caseHint}.`);
}

function parsePrincipal(
  value: unknown,
  path: string,
  name: string,
): Parsed<Record<string, string[]> | '*'> {
  if (value === '*') return ok('*');
  const shape = `${name} must be "*" or an object such as {"Federated": "arn:aws:iam::…:oidc-provider/…"}`;
  if (!isObject(value)) return fail(path, `${shape}, not ${kindOf(value)}.`);
  const keys = checkKeys(value, PRINCIPAL_TYPES, name, path);
  if (!keys.ok) return keys;
  const entries: [string, string[]][] = [];
  for (const [type, ids] of Object.entries(value)) {
    const list = stringList(ids, join(path, type), `${name}.${type}`);
    if (!list.ok) return list;
    entries.push([type, list.value]);
  }
  if (entries.length === 0) return fail(path, `${shape}; this one is empty.`);
  // fromEntries defines own properties, so a "__proto__" key cannot reach the prototype.
  return ok(Object.fromEntries(entries));
}

function parseActions(value: unknown, path: string, name: string): Parsed<string[]> {
  const list = stringList(value, path, name);
  if (!list.ok) return list;
  for (const [i, action] of list.value.entries()) {
    const colon = action.indexOf(':');
    if (action === '*' || colon > 0) continue;
    // IAM's own wording for this mistake: "Actions/Conditions must be prefaced by a vendor".
    const at = typeof value === 'string' ? path : `${path}[${i}]`;
    return fail(
      at,
      `"${clip(action)}" is not an action: write service:action, e.g. "s3:ListAllMyBuckets", or "*".`,
    );
  }
  return list;
}

function parseResources(value: unknown, path: string, name: string): Parsed<string[]> {
  const list = stringList(value, path, name);
  if (!list.ok) return list;
  for (const [i, resource] of list.value.entries()) {
    if (resource === '*' || resource.startsWith('arn:')) continue;
    const at = typeof value === 'string' ? path : `${path}[${i}]`;
    return fail(at, `${name} "${clip(resource)}" must be an ARN (arn:…) or "*".`);
  }
  return list;
}

function parseCondition(value: unknown, path: string): Parsed<ConditionBlock[]> {
  if (!isObject(value)) {
    return fail(
      path,
      `Condition must be an object like {"StringEquals": {"key": "value"}}, not ${kindOf(value)}.`,
    );
  }
  const blocks: ConditionBlock[] = [];
  for (const [operator, keys] of Object.entries(value)) {
    const at = join(path, operator);
    const parsed = parseOperator(operator);
    if (!parsed.ok) return fail(at, parsed.error.message);
    if (!isObject(keys)) {
      return fail(
        at,
        `${operator} must map condition keys to values, like {"aws:SecureTransport": "true"}, not ${kindOf(keys)}.`,
      );
    }
    for (const [key, raw] of Object.entries(keys)) {
      const values = conditionValues(raw, join(at, key));
      if (!values.ok) return values;
      const base = parsed.value.base;
      if (base === 'Null' || base === 'Bool') {
        const bad = values.value.find(
          (v) => v.toLowerCase() !== 'true' && v.toLowerCase() !== 'false',
        );
        if (bad !== undefined)
          return fail(join(at, key), `${base} takes "true" or "false", not "${clip(bad)}".`);
      }
      blocks.push({ operator, key, values: values.value });
    }
  }
  return ok(blocks);
}
