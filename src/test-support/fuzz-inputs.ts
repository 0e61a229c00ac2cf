/**
 * Input generators shared by the `*.fuzz.test.ts` files: random text, text made of the characters
 * JSON, YAML, JWTs, URLs and SDK messages give meaning to, near-valid text (a real input with a
 * few edits), and inputs of up to a megabyte in the shapes that make parsers slow or recurse:
 * long lines, many lines, deep nesting, many keys, one giant token.
 */
import fc from 'fast-check';
import { MEGABYTE } from './fuzz';

/** Pieces that mean something to at least one of the parsers, and a few that mean trouble. */
const SIGNIFICANT = [
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  ':',
  ',',
  '-',
  '.',
  '_',
  '=',
  '/',
  '\\',
  '\\u',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '  ',
  '#',
  '&',
  '?',
  '%',
  '%2',
  '*',
  '!',
  '|',
  '>',
  '<',
  '@',
  '`',
  '$',
  '---\n',
  '- ',
  '? ',
  '&a ',
  '*a',
  '!!str ',
  '{{',
  '}}',
  'eyJ',
  'null',
  'true',
  '0',
  '-1',
  '1e999',
  'a',
  'Z9',
  '\u0000',
  '\u001f',
  '\u007f',
  '\u00a0',
  '\ufeff',
  '\u2028',
  'é',
  '😀',
  '\ud800',
];

/** Text made of the pieces above: it reaches the parsers' error paths far more often than noise. */
export const significantText = (maxLength = 120): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...SIGNIFICANT), maxLength });

/** Any text: any code points, significant pieces, or printable ASCII. */
export const anyText = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    significantText(maxLength),
    fc.string({ maxLength }),
  );

type Edit = ['insert' | 'delete' | 'replace' | 'repeat' | 'cut' | 'swap', number, number, string];

function applyEdit(text: string, [kind, a, b, piece]: Edit): string {
  const i = a % (text.length + 1);
  const j = b % (text.length + 1);
  switch (kind) {
    case 'insert':
      return text.slice(0, i) + piece + text.slice(i);
    case 'delete':
      return text.slice(0, i) + text.slice(i + 1 + (b % 4));
    case 'replace':
      return text.slice(0, i) + piece + text.slice(i + 1);
    case 'repeat': {
      const [from, to] = i <= j ? [i, j] : [j, i];
      return text.slice(0, to) + text.slice(from, Math.min(to, from + 200)) + text.slice(to);
    }
    case 'cut':
      return text.slice(0, i);
    case 'swap': {
      const [x, y] = i <= j ? [i, j] : [j, i];
      return (
        text.slice(0, x) +
        text.slice(y, y + 1) +
        text.slice(x + 1, y) +
        text.charAt(x) +
        text.slice(y + 1)
      );
    }
  }
}

/** `base` with one to four edits: a piece inserted, a character deleted or replaced, a slice repeated, the end cut off, two characters swapped. */
export function mutated(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.tuple(
    fc.constantFrom('insert', 'delete', 'replace', 'repeat', 'cut', 'swap'),
    fc.nat(),
    fc.nat(),
    fc.constantFrom(...SIGNIFICANT),
  ) as fc.Arbitrary<Edit>;
  return fc
    .tuple(base, fc.array(edit, { minLength: 1, maxLength: 4 }))
    .map(([text, edits]) => edits.reduce(applyEdit, text));
}

/** Sizes the huge inputs come in, in characters: STS's token limit, the paste limit, a megabyte. */
const SIZES = [20_001, 200_001, MEGABYTE / 4, MEGABYTE];

/** `unit` repeated to exactly `size` characters. */
export const repeatTo = (unit: string, size: number): string =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Nested to the depth that fills `size`: `open` repeated, `middle`, then `close` repeated. */
const nested = (open: string, middle: string, close: string, size: number): string => {
  const depth = Math.floor((size - middle.length) / (open.length + close.length));
  return open.repeat(depth) + middle + close.repeat(depth);
};

/** YAML mappings indented one more space per level, as deep as `size` allows. */
function deepYaml(size: number): string {
  const lines: string[] = [];
  let total = 0;
  for (let depth = 0; total < size - depth - 4; depth++) {
    const line = `${' '.repeat(depth)}k:`;
    lines.push(line);
    total += line.length + 1;
  }
  return lines.join('\n');
}

/** `count` keys in one JSON object (or YAML mapping), as many as fit in `size`. */
function manyKeys(size: number, yaml: boolean): string {
  const parts: string[] = [];
  let total = 2;
  for (let i = 0; total < size - 24; i++) {
    const part = yaml ? `k${i}: v${i}` : `"k${i}": ${i}`;
    parts.push(part);
    total += part.length + 1;
  }
  return yaml ? parts.join('\n') : `{${parts.join(',')}}`;
}

/** The shapes of huge input, each a function of the size. */
const SHAPES: Record<string, (size: number, unit: string) => string> = {
  'long line': (size, unit) => repeatTo(unit, size),
  'many lines': (size, unit) => repeatTo(`${unit}\n`, size),
  'deep JSON': (size) => nested('{"a":[', '1', ']}', size),
  'unclosed brackets': (size) => repeatTo('[', size),
  'deep flow YAML': (size) => `a: ${repeatTo('{a: ', size - 3)}`,
  'deep block YAML': (size) => deepYaml(size),
  'nested dashes': (size) => repeatTo('- ', size),
  'many JSON keys': (size) => manyKeys(size, false),
  'many YAML keys': (size) => manyKeys(size, true),
  'one JSON string': (size, unit) => `"${repeatTo(unit, size - 2)}"`,
  'one giant token': (size) => {
    const third = Math.floor((size - 2) / 3);
    return `eyJ${repeatTo('A', third - 3)}.${repeatTo('B', third)}.${repeatTo('C', third)}`;
  },
};

/** What a long line or a giant string is made of. */
const UNITS = [
  'x',
  'A',
  '-_',
  'eyJhbGciOiJSUzI1NiJ9',
  'a b ',
  'é',
  '😀',
  '\\',
  '%41',
  '\u0000',
  ':',
  '"',
];

/**
 * A huge input: a shape, a size up to a megabyte (or one of `sizes`: a reader's own limit is
 * where its parser works hardest), and the unit it repeats.
 */
export function huge(
  extraShapes: Record<string, (size: number) => string> = {},
  sizes: number[] = SIZES,
): fc.Arbitrary<string> {
  const shapes = { ...SHAPES, ...extraShapes };
  return fc
    .record({
      shape: fc.constantFrom(...Object.keys(shapes)),
      size: fc.constantFrom(...sizes),
      unit: fc.constantFrom(...UNITS),
    })
    .map(({ shape, size, unit }) => shapes[shape]!(size, unit).slice(0, MEGABYTE));
}

/** Base64url of UTF-8 text, as JWT segments are written. */
export function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 1-based line and column are inside `text` (a column may point just past a line's end). */
export function positionInside(text: string, line: number, column: number): boolean {
  const lines = text.split('\n');
  const at = lines[line - 1];
  return (
    Number.isInteger(line) &&
    Number.isInteger(column) &&
    at !== undefined &&
    column >= 1 &&
    column <= at.length + 1
  );
}
