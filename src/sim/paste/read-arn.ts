/** ARNs inside AWS output, checked for the service and resource the field needs. */
import type { Parsed } from '../parse-result';
import { fail, quote, stringAt } from './paste-values';
import { parseArn } from './read-document';
import type { ArnParts } from './types';

/**
 * `object[key]` as an ARN of `service` whose resource starts with `resourcePrefix`, or an error
 * naming the value and the shape expected.
 */
export function readArn(
  object: unknown,
  key: string,
  label: string,
  service: string,
  resourcePrefix: string,
): Parsed<ArnParts> {
  const value = stringAt(object, key);
  if (value === null) return fail(`${label} is missing: paste the whole output.`);
  const arn = parseArn(value);
  const expected = `arn:aws:${service}:${service === 'iam' ? '' : 'REGION'}:ACCOUNT:${resourcePrefix}…`;
  if (!arn) return fail(`${label} ${quote(value)} is not an ARN (expected ${expected}).`);
  if (
    arn.service !== service ||
    !arn.resource.startsWith(resourcePrefix) ||
    arn.accountId.length !== 12
  ) {
    return fail(`${label} ${quote(value)} is not the ARN expected here (${expected}).`);
  }
  return { ok: true, value: arn };
}
