/**
 * Small readers for values inside a parsed paste. A paste is untrusted and often cut off or
 * hand-edited, so every field is checked for its type and an unexpected one reads as absent
 * instead of throwing.
 */
import { clip } from '../iam/policy/clip';
import type { Parsed, ParseError } from '../parse-result';
import { MAX_PASTE_CHARS } from './types';

export type JsonObject = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]` when `value` is an object and that entry is one too. */
export function recordAt(value: unknown, key: string): JsonObject | null {
  if (!isRecord(value)) return null;
  const entry = value[key];
  return isRecord(entry) ? entry : null;
}

/** `value[key]` when it is a non-empty string. */
export function stringAt(value: unknown, key: string): string | null {
  if (!isRecord(value)) return null;
  const entry = value[key];
  return typeof entry === 'string' && entry !== '' ? entry : null;
}

/** `value[key]` when it is a finite number. */
export function numberAt(value: unknown, key: string): number | null {
  if (!isRecord(value)) return null;
  const entry = value[key];
  return typeof entry === 'number' && Number.isFinite(entry) ? entry : null;
}

export function booleanAt(value: unknown, key: string): boolean | null {
  if (!isRecord(value)) return null;
  const entry = value[key];
  return typeof entry === 'boolean' ? entry : null;
}

/** `value[key]` when it is a list; anything else reads as an empty list. */
export function arrayAt(value: unknown, key: string): unknown[] {
  if (!isRecord(value)) return [];
  const entry = value[key];
  return Array.isArray(entry) ? entry : [];
}

/** A map of strings (`metadata.annotations`, tags): entries whose value is not a string are dropped. */
export function stringMapAt(value: unknown, key: string): Record<string, string> {
  const map: Record<string, string> = {};
  const entries = recordAt(value, key);
  if (!entries) return map;
  for (const [name, entry] of Object.entries(entries)) {
    if (typeof entry === 'string') map[name] = entry;
  }
  return map;
}

export function fail<T>(message: string, position?: Omit<ParseError, 'message'>): Parsed<T> {
  return { ok: false, error: { message, ...position } };
}

/** The same refusal wherever a paste is too long, before any parsing. */
export function tooLongError(text: string): ParseError | null {
  if (text.length <= MAX_PASTE_CHARS) return null;
  return {
    message: `The paste is ${text.length.toLocaleString('en-US')} characters long; at most ${MAX_PASTE_CHARS.toLocaleString('en-US')} are read. Paste the one object's output, not a whole log or file.`,
  };
}

/** 1-based line and column of a UTF-16 offset; lines end at "\n". */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** The number of the last line that has text: where a cut-off paste stops. */
export function lastLineNumber(text: string): number {
  return lineColumn(text, text.trimEnd().length).line;
}

/** A value for a message: quoted, and clipped so a pasted megabyte never becomes the message. */
export function quote(value: string): string {
  return JSON.stringify(clip(value, 120));
}

/**
 * Runs a reader so that no input can make it throw: the parsers below check every type, but a
 * pathological paste (nesting thousands deep) can still exhaust the stack in JSON.stringify or
 * the YAML composer, and a field must then show an error, not break the page.
 */
export function neverThrows<T>(read: () => Parsed<T>): Parsed<T> {
  try {
    return read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`The paste could not be read (${clip(reason, 120)}).`);
  }
}
