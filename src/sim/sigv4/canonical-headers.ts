import { compareCodeUnits } from './canonical-query';

/**
 * Header canonicalization: lowercase names, values trimmed with runs of whitespace (including
 * obs-fold line breaks of a multi-line value) collapsed to one space, repeated headers joined
 * with ',' in wire order.
 */

/** Trims a header value and collapses every run of spaces, tabs and line breaks to one space. */
export function canonicalHeaderValue(value: string): string {
  return value.replace(/[ \t\r\n]+/g, ' ').trim();
}

/** The distinct header names of a request, lowercased and sorted: the SignedHeaders list. */
export function signedHeaderNamesOf(headers: [string, string][]): string[] {
  return sortedUnique(headers.map(([name]) => name));
}

/** Lowercases, de-duplicates and sorts header names. */
export function sortedUnique(names: string[]): string[] {
  return [...new Set(names.map((name) => name.toLowerCase()))].sort(compareCodeUnits);
}

/** Every value sent for `name` (case-insensitive), in wire order. */
export function headerValues(headers: [string, string][], name: string): string[] {
  const wanted = name.toLowerCase();
  return headers.filter(([n]) => n.toLowerCase() === wanted).map(([, value]) => value);
}

/**
 * The CanonicalHeaders block, one 'name:value\n' line per signed name. A signed name missing
 * from the request yields 'name:' so a verifier's signature simply fails to match.
 */
export function canonicalHeaders(headers: [string, string][], signedNames: string[]): string {
  return signedNames
    .map((name) => `${name}:${headerValues(headers, name).map(canonicalHeaderValue).join(',')}\n`)
    .join('');
}
