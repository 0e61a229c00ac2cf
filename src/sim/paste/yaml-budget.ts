/**
 * Reading a YAML paste within the page's time budget (`npm run fuzz` measures it). The `yaml`
 * package spends its time in three places this module avoids:
 * - its duplicate-key check compares each key with every key before it: a mapping of ten
 *   thousand keys took a second. read-document turns it off and uses `duplicateKeyOffset`,
 *   linear, with the same rule and message;
 * - it records every error it meets as an Error with a stack trace, and a paste of quotes holds
 *   tens of thousands: `parseWithoutStacks` captures none (only the first message is shown);
 * - its `visit` copies the path to every node it passes: `mappingsOf` walks without copying;
 * - and it spends 2 to 5 µs on each node or error whatever it is made of: a line of `[1,1,1,…]` or
 *   fifty thousand `:` lines would take it far past 100 ms. `tooManyNodesError` refuses those
 *   before parsing, from a cheap upper bound of the node count.
 */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document,
  type DocumentOptions,
  type EmptyStream,
  type ParseOptions,
  type SchemaOptions,
  type YAMLMap,
} from 'yaml';

/** V8's (and Safari's) knob for how many frames an Error records; absent elsewhere. */
const errors = Error as { stackTraceLimit?: number };

/** `parseAllDocuments`, capturing no stack for the errors it records. */
export function parseWithoutStacks(
  text: string,
  options: ParseOptions & DocumentOptions & SchemaOptions,
): Document.Parsed[] | EmptyStream {
  const limit = errors.stackTraceLimit;
  if (limit === undefined) return parseAllDocuments(text, options);
  errors.stackTraceLimit = 0;
  try {
    return parseAllDocuments(text, options);
  } finally {
    errors.stackTraceLimit = limit;
  }
}

/**
 * Most nodes a YAML paste may have, counted as the lines, commas, colons and quotes that start or
 * separate them (an upper bound: ARNs and times hold colons too). Real output has about one for
 * every ten characters: some 300 in a pod of 130 lines, a few thousand in a pod of a thousand
 * lines with its managedFields. Within this, yaml reads any paste in a few tens of milliseconds.
 */
export const MAX_YAML_SEPARATORS = 8_000;

/** Why the paste is refused before yaml reads it, or null. Linear, and cheap. */
export function tooManyNodesError(text: string): string | null {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // \n " ' , :
    if (c === 10 || c === 34 || c === 39 || c === 44 || c === 58) count++;
  }
  if (count <= MAX_YAML_SEPARATORS) return null;
  return `The paste has ${count.toLocaleString('en-US')} lines, commas, colons and quotes in ${text.length.toLocaleString('en-US')} characters: more than any kubectl or aws output (a pod has a few hundred). Paste the command’s output as it printed.`;
}

/** yaml's words for it (DUPLICATE_KEY). */
const DUPLICATE_KEY_MESSAGE = 'Map keys must be unique';

/** The first problem in the document's text: yaml's first error, or a repeated key before it. */
export function firstProblem(
  document: Document.Parsed,
  maps: YAMLMap[],
): { offset: number; message: string } | null {
  const duplicate = duplicateKeyOffset(maps);
  const first = document.errors[0];
  if (duplicate !== -1 && (!first || duplicate < first.pos[0]))
    return { offset: duplicate, message: DUPLICATE_KEY_MESSAGE };
  return first ? { offset: first.pos[0], message: first.message } : null;
}

/** Every mapping of the document, in document order, each before the mappings inside it. */
export function mappingsOf(document: Document.Parsed): YAMLMap[] {
  const maps: YAMLMap[] = [];
  // Paste nesting is capped (read-document's nestingError) before parsing: recursion is safe.
  const walk = (node: unknown): void => {
    if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    } else if (isMap(node) || isSeq(node)) {
      if (isMap(node)) maps.push(node);
      for (const item of node.items) walk(item);
    }
  };
  walk(document.contents);
  return maps;
}

/**
 * The offset of the first key, in the text, that repeats an earlier key of its mapping, or -1
 * (yaml reports the first too: a repeat inside a value comes before a later repeat around it).
 * Keys are equal as yaml compares them: scalars whose values are `===` (so `.nan` never repeats);
 * collections never.
 */
export function duplicateKeyOffset(maps: YAMLMap[]): number {
  let first = Infinity;
  for (const map of maps) {
    const seen = new Set<unknown>();
    for (const { key } of map.items) {
      if (!isScalar(key)) continue;
      const value = key.value;
      if (typeof value === 'number' && Number.isNaN(value)) continue;
      if (!seen.has(value)) seen.add(value);
      else first = Math.min(first, key.range?.[0] ?? 0);
    }
  }
  return first === Infinity ? -1 : first;
}
