/**
 * A JSON syntax checker that says where and why, for the policy editor.
 * JSON.parse's messages differ between browsers and rarely give a line and column,
 * so we scan the text ourselves first. The scanner is iterative (an explicit stack,
 * no recursion), so deeply nested input cannot overflow the call stack.
 * It also rejects duplicate keys, which JSON.parse silently collapses but IAM forbids
 * ("Individual elements must not contain multiple instances of the same key"), and nesting
 * deeper than MAX_DEPTH, which no real document has but JSON.parse pays for: a pasted megabyte
 * of `[` is refused at once.
 */
import type { ParseError } from '../../parse-result';
import { clip } from './clip';

/** Where the text stops being valid JSON, as a UTF-16 offset, and why. */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end';

interface Frame {
  kind: '{' | '[';
  /** Keys seen so far in this object (created on the first key): duplicates are reported. */
  keys?: Set<string>;
}

const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Deeper than any policy (about 5 levels), JWKS or AWS output (a pod is about 15). */
export const MAX_DEPTH = 200;

/** Arrays have no keys to track, so every array level shares one frame. */
const ARRAY_FRAME: Frame = Object.freeze({ kind: '[' });

/** The first syntax problem in `text`, or null when it is one valid JSON value. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: Frame[] = [];
  let state: State = 'value';
  let i = 0;
  let afterComma = false;
  const fail = (offset: number, message: string): JsonSyntaxError => ({ offset, message });
  const afterValue = (): State => (stack.length === 0 ? 'end' : 'commaOrClose');

  for (;;) {
    i = skipWhitespace(text, i);
    if (i >= text.length) {
      if (state === 'end') return null;
      if (text.trim() === '') return fail(i, 'The text is empty: a policy is a JSON object.');
      return fail(i, `Unexpected end of input: ${expectation(state, stack)}.`);
    }
    const c = text.charAt(i);
    switch (state) {
      case 'end':
        return fail(i, `Unexpected ${describe(text, i)} after the end of the JSON value.`);
      case 'colon':
        if (c !== ':')
          return fail(i, `Expected ':' after the property name, found ${describe(text, i)}.`);
        state = 'value';
        i++;
        continue;
      case 'commaOrClose': {
        const top = stack[stack.length - 1];
        const close = top?.kind === '{' ? '}' : ']';
        if (c === ',') {
          state = top?.kind === '{' ? 'key' : 'value';
          afterComma = true;
          i++;
          continue;
        }
        if (c === close) {
          stack.pop();
          state = afterValue();
          i++;
          continue;
        }
        return fail(i, `Expected ',' or '${close}', found ${describe(text, i)}${hint(c)}.`);
      }
      case 'key':
      case 'keyOrClose': {
        if (c === '}' && (state === 'keyOrClose' || afterComma)) {
          if (afterComma) return fail(i, 'Trailing comma: JSON does not allow a comma before }.');
          stack.pop();
          state = afterValue();
          i++;
          continue;
        }
        if (c !== '"') {
          return fail(
            i,
            `Expected a property name in double quotes, found ${describe(text, i)}${hint(c)}.`,
          );
        }
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        // Most keys have no escape: slicing them out is far cheaper than JSON.parse.
        const raw = text.slice(i + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        const frame = stack[stack.length - 1];
        if (frame?.keys?.has(key)) {
          return fail(
            i,
            `Duplicate key ${JSON.stringify(clip(key))}: each key may appear only once in an object.`,
          );
        }
        if (frame) (frame.keys ??= new Set()).add(key);
        afterComma = false;
        state = 'colon';
        i = end;
        continue;
      }
      case 'value':
      case 'valueOrClose': {
        if (c === ']' && (state === 'valueOrClose' || afterComma)) {
          if (afterComma) return fail(i, 'Trailing comma: JSON does not allow a comma before ].');
          stack.pop();
          state = afterValue();
          i++;
          continue;
        }
        afterComma = false;
        if (c === '{' || c === '[') {
          if (stack.length >= MAX_DEPTH) {
            return fail(
              i,
              `The JSON nests deeper than ${MAX_DEPTH} levels: no policy, key set or AWS output does.`,
            );
          }
          stack.push(c === '[' ? ARRAY_FRAME : { kind: c });
          state = c === '{' ? 'keyOrClose' : 'valueOrClose';
          i++;
          continue;
        }
        const end = c === '"' ? scanString(text, i) : scanScalar(text, i);
        if (typeof end !== 'number') return end;
        state = afterValue();
        i = end;
        continue;
      }
    }
  }
}

/**
 * The first syntax problem in `text` with its 1-based line and column (what fields show, through
 * `describeParseError`), or null when it is one valid JSON value.
 */
export function jsonSyntaxError(text: string): ParseError | null {
  const syntax = findJsonSyntaxError(text);
  if (syntax === null) return null;
  return { message: syntax.message, ...lineColumn(text, syntax.offset) };
}

/** 1-based line and column of a UTF-16 offset; lines end at "\n" (a "\r" before it is ignored). */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    i++;
  }
  return i;
}

/** Scans the string starting at the quote at `start`; returns the offset after its closing quote. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    // Character codes, not one-character strings: this loop runs once per character of a paste.
    const code = text.charCodeAt(i);
    if (code === 34) return i + 1; // "
    if (code === 10 || code === 13) {
      return {
        offset: i,
        message: 'Line break inside a string: close the string with " before the end of the line.',
      };
    }
    if (code < 0x20) {
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      return { offset: i, message: `Control character U+${hex} must be escaped inside a string.` };
    }
    if (code === 92) {
      // A backslash: an escape.
      const next = text.charAt(i + 1);
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { offset: i, message: 'Invalid \\u escape: it needs exactly four hex digits.' };
        }
        i += 6;
        continue;
      }
      if (!ESCAPES.has(next)) {
        const what = next === '' ? 'at the end of the input' : `\\${next}`;
        return {
          offset: i,
          message: `Invalid escape ${what}: JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.`,
        };
      }
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: start, message: 'This string is never closed: add the missing ".' };
}

const WORD = /[A-Za-z_$][A-Za-z0-9_$]*/y;

function digitsEnd(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++; // 0-9
  return i;
}

/**
 * The offset after the longest prefix at `start` that JSON's number grammar matches,
 * `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, or -1 when none does. By hand rather than
 * with a regular expression: an array of a million numbers must not cost a million regex runs.
 */
function numberEnd(text: string, start: number): number {
  let i = text.charCodeAt(start) === 45 ? start + 1 : start; // "-"
  const first = text.charCodeAt(i);
  if (first === 48) i++;
  else if (first >= 49 && first <= 57) i = digitsEnd(text, i + 1);
  else return -1;
  if (text.charCodeAt(i) === 46) {
    const end = digitsEnd(text, i + 1); // "."
    if (end > i + 1) i = end;
  }
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69) {
    const sign = text.charCodeAt(i + 1);
    const from = sign === 43 || sign === 45 ? i + 2 : i + 1; // "+" "-"
    const end = digitsEnd(text, from);
    if (end > from) i = end;
  }
  return i;
}

/** Scans a number or true/false/null at `start`; returns the offset after it. */
function scanScalar(text: string, start: number): number | JsonSyntaxError {
  const c = text.charAt(start);
  if (c === '-' || (c >= '0' && c <= '9')) {
    const end = numberEnd(text, start);
    if (end === -1) return { offset: start, message: 'Invalid number.' };
    const next = text.charAt(end);
    if (c === '0' || text.startsWith('-0', start)) {
      if (next >= '0' && next <= '9')
        return { offset: start, message: 'Numbers may not start with 0.' };
    }
    if (next === '.' || next === 'e' || next === 'E')
      return { offset: end, message: 'Invalid number.' };
    return end;
  }
  WORD.lastIndex = start;
  if (WORD.test(text)) {
    const word = text.slice(start, WORD.lastIndex);
    if (word === 'true' || word === 'false' || word === 'null') return WORD.lastIndex;
    return {
      offset: start,
      message: `Unexpected word ${JSON.stringify(clip(word))}: text values must be in double quotes.`,
    };
  }
  return { offset: start, message: `Expected a value, found ${describe(text, start)}${hint(c)}.` };
}

function expectation(state: State, stack: Frame[]): string {
  if (state === 'colon') return "expected ':'";
  if (state === 'key' || state === 'keyOrClose') return 'expected a property name';
  if (state === 'commaOrClose') {
    const close = stack[stack.length - 1]?.kind === '{' ? '}' : ']';
    return `expected ',' or '${close}' (${stack.length} unclosed bracket${stack.length === 1 ? '' : 's'})`;
  }
  return 'expected a value';
}

/** The character at `i`, quoted, or its code point when invisible. */
function describe(text: string, i: number): string {
  const cp = text.codePointAt(i) ?? 0;
  if (cp < 0x21 || cp === 0xfeff || (cp >= 0x7f && cp <= 0xa0)) {
    return `character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `'${String.fromCodePoint(cp)}'`;
}

/** Extra advice for mistakes people make when writing JSON by hand. */
function hint(c: string): string {
  if (c === "'") return ' (JSON strings use double quotes)';
  if (c === '/') return ' (JSON does not allow comments)';
  if (c === '"') return ' (a comma is probably missing)';
  return '';
}
