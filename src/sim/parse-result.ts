/**
 * The one shape every parser in the simulation answers with (policy text, condition operator
 * names, pasted tokens): a value, or the error that says where and why. Never an exception.
 */

/** Why a text was rejected; where, for syntax errors, as 1-based line and column. */
export interface ParseError {
  message: string;
  /** 1-based. */
  line?: number;
  /** 1-based, counted in UTF-16 code units like editors do. */
  column?: number;
}

/** A parsed value, or why there is none. `E` lets a parser add detail (e.g. a policy's path). */
export type Parsed<T, E extends ParseError = ParseError> =
  { ok: true; value: T } | { ok: false; error: E };

/**
 * The error as fields show it: `Line 4, column 1: <message>` when it has a position, else the
 * message alone. The one place that wording is built (the e2e tests assert it).
 */
export function describeParseError({ message, line, column }: ParseError): string {
  return line === undefined ? message : `Line ${line}, column ${column ?? 1}: ${message}`;
}
