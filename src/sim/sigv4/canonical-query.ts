import { uriEncode } from './uri-encode';

/**
 * The CanonicalQueryString line: each name and value URI-encoded, pairs sorted by encoded
 * name then encoded value (byte order, so 'Value1' sorts before 'value2'), joined with '&'.
 * A parameter without a value still gets its '=' ('Param1=').
 */
export function canonicalQuery(query: [string, string][]): string {
  return query
    .map(([name, value]): [string, string] => [uriEncode(name), uriEncode(value)])
    .sort(([nameA, valueA], [nameB, valueB]) =>
      compareCodeUnits(nameA, nameB) !== 0
        ? compareCodeUnits(nameA, nameB)
        : compareCodeUnits(valueA, valueB),
    )
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

/** Plain code-unit order; localeCompare would fold case and break AWS's byte ordering. */
export function compareCodeUnits(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
