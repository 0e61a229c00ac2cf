/**
 * Turns what an engineer pastes into plain values: `kubectl get … -o yaml|json` and
 * `aws … --output json|yaml` as they print, several outputs one after another, or a bare document.
 * YAML goes through the `yaml` package that also writes our manifests (one grammar both ways);
 * JSON through our own scanner first, which says where a syntax error is on every browser.
 */
import {
  isMap,
  LineCounter,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
  type YAMLMap,
} from 'yaml';
import { findJsonSyntaxError } from '../iam/policy/json-syntax';
import { firstProblem, mappingsOf, parseWithoutStacks, tooManyNodesError } from './yaml-budget';
import type { Parsed, ParseError } from '../parse-result';
import { fail, isRecord, lineColumn, neverThrows, tooLongError } from './paste-values';
import type { ArnParts, PasteKind } from './types';

export { fieldForKind, pasteFieldLabel, wrongFieldMessage } from './wrong-field';

/**
 * kubectl reads and prints YAML 1.1 (go-yaml), where `on` and `yes` are booleans, so we read it
 * the same way. But go-yaml keeps timestamps and `1:20` as text, and a trust policy's
 * `Version: 2012-10-17` must stay the string IAM expects: the 1.1 types that would turn text
 * into dates, sexagesimal numbers, binary or sets are left out.
 */
const TEXT_STAYS_TEXT = new Set([
  'tag:yaml.org,2002:timestamp',
  'tag:yaml.org,2002:binary',
  'tag:yaml.org,2002:omap',
  'tag:yaml.org,2002:pairs',
  'tag:yaml.org,2002:set',
]);

const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  customTags: (tags) =>
    tags.filter(
      (tag) => typeof tag === 'string' || (!TEXT_STAYS_TEXT.has(tag.tag) && tag.format !== 'TIME'),
    ),
  // We take line and column from our own LineCounter and keep yaml's message short.
  prettyErrors: false,
  // A paste is the user's text: what it holds is said in the field, not in the console.
  logLevel: 'error',
  // yaml's check is quadratic in a mapping's keys: yaml-budget.ts does it in linear time.
  uniqueKeys: false,
};

/** Aliases expand on reading: a few hundred is any real manifest; more is a "billion laughs". */
const MAX_ALIAS_COUNT = 100;

const CUT_OFF = ' The paste looks cut off: copy the whole output.';

/**
 * The last paste read and what it held. A reader that fails looks at the same paste again to
 * explain why (a listing instead of the object, a token request, a paste in the wrong field),
 * and parsing YAML is the costly part: it is parsed once. The values are never mutated.
 */
let last: { text: string; read: Parsed<unknown[]> } | null = null;

/**
 * Every object in the paste, in order: one per JSON value or YAML document, with a Kubernetes
 * `List` (what `kubectl get` prints for several objects) contributing its items. Empty documents
 * are dropped. Never throws.
 */
export function readPastedDocuments(text: string): Parsed<unknown[]> {
  if (last?.text !== text) last = { text, read: readDocuments(text) };
  return last.read;
}

function readDocuments(text: string): Parsed<unknown[]> {
  const tooLong = tooLongError(text);
  if (tooLong) return { ok: false, error: tooLong };
  return neverThrows(() => {
    const source = withoutCommandLines(text.replace(/^\uFEFF/, ''));
    if (source.trim() === '') return fail('Nothing pasted: paste the command’s output here.');
    const template = helmTemplateError(source);
    if (template) return { ok: false, error: template };
    const nesting = nestingError(source);
    if (nesting) return { ok: false, error: nesting };
    const first = source.trimStart().charAt(0);
    const parsed = first === '{' || first === '[' ? readJsonValues(source) : readYaml(source);
    if (!parsed.ok) return parsed;
    const documents = parsed.value
      .flatMap(listItems)
      .filter((doc) => doc !== null && doc !== undefined);
    if (documents.length === 0) {
      return fail(
        'The paste holds only empty documents (`---` with nothing under it): nothing to read.',
      );
    }
    return { ok: true, value: documents };
  });
}

/**
 * Engineers often copy the prompt line with the output (`$ kubectl get sa my-app -o yaml`), or
 * two commands with their outputs: those lines are blanked, not removed, so line numbers in
 * messages still match the paste.
 */
function withoutCommandLines(text: string): string {
  return text.replace(/^[ \t]*[$%>][ \t]*(?:kubectl|aws|eksctl|helm)[ \t][^\n]*/gm, '');
}

/**
 * A Helm chart's template is not what runs: `{{ .Values.roleArn }}` is replaced when the chart is
 * rendered. An object read back from the API server (it has a `resourceVersion`) may still hold
 * `{{` as literal text (a Vault agent template in an annotation), so there only an unquoted
 * `{{`, which YAML reads as a mapping inside a mapping, is refused (see `readYaml`).
 */
function helmTemplateError(text: string): ParseError | null {
  const open = text.indexOf('{{');
  if (open === -1 || text.indexOf('}}', open + 2) === -1) return null;
  return text.includes('resourceVersion') ? null : helmError(text, open);
}

function helmError(text: string, open: number): ParseError {
  const close = text.indexOf('}}', open + 2);
  const end = close === -1 ? open + 2 : close + 2;
  const expression = text.slice(open, Math.min(end, open + 60)).replace(/\s+/g, ' ');
  return {
    message: `This is a Helm template (\`${expression}${end > open + 60 ? '…' : ''}\`), not the object Kubernetes or AWS has: paste the rendered object instead, from \`kubectl get … -o yaml\` (what the cluster runs) or \`helm template\`.`,
    ...lineColumn(text, open),
  };
}

/** Where an unquoted `{{` sits: a flow mapping whose key is a flow mapping, or -1. */
function unquotedTemplateOffset(maps: YAMLMap[]): number {
  const template = maps.find(
    (node) => node.flow && node.items.some((pair) => isMap(pair.key) && pair.key.flow),
  );
  return template?.range?.[0] ?? -1;
}

/** Deeper than any kubectl or aws output (a pod is about 15 levels), far below where parsers fail. */
const MAX_NESTING = 200;

/**
 * A cheap upper bound of the nesting, checked before parsing: the YAML composer recurses, and a
 * few thousand levels exhaust the stack (and can take the page's JavaScript engine down with it).
 * Flow brackets are counted even inside strings and indentation is counted in columns, so the
 * estimate is high, never low.
 */
function nestingError(text: string): ParseError | null {
  let flow = 0;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123)
      flow++; // [ {
    else if ((c === 93 || c === 125) && flow > 0) flow--; // ] }
    const block = i === lineStart ? blockNesting(text, lineStart) : 0;
    if (flow > MAX_NESTING || block > MAX_NESTING) {
      return {
        message: `The paste nests deeper than ${MAX_NESTING} levels: no kubectl or aws output does. Paste the command’s output as it printed.`,
        ...lineColumn(text, i),
      };
    }
    if (c === 10) lineStart = i + 1;
  }
  return null;
}

/** Indentation columns plus the `- ` and `? ` entries that open on the line (`- - - x`). */
function blockNesting(text: string, lineStart: number): number {
  let i = lineStart;
  let depth = 0;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32) depth++;
    else if ((c === 45 || c === 63) && text.charCodeAt(i + 1) === 32)
      depth++; // "- " "? "
    else return depth;
    i++;
  }
}

/**
 * One JSON value, or several one after another: `aws iam list-open-id-connect-providers` then
 * `aws iam get-open-id-connect-provider …` pasted together. Each value ends where our scanner
 * stops with a complete value before it; the scanner stops at the first problem, so this is linear.
 */
function readJsonValues(text: string): Parsed<unknown[]> {
  const values: unknown[] = [];
  let start = 0;
  const end = text.trimEnd().length;
  while (start < end) {
    const rest = text.slice(start);
    const syntax = findJsonSyntaxError(rest);
    if (syntax === null) {
      values.push(JSON.parse(rest));
      break;
    }
    const before = rest.slice(0, syntax.offset);
    if (before.trim() !== '' && findJsonSyntaxError(before) === null) {
      values.push(JSON.parse(before));
      start += syntax.offset;
      continue;
    }
    const offset = start + syntax.offset;
    const cutOff = offset >= end || syntax.message.startsWith('This string is never closed');
    return fail(
      `Not valid JSON: ${syntax.message}${cutOff ? CUT_OFF : ''}`,
      lineColumn(text, offset),
    );
  }
  return { ok: true, value: values };
}

function readYaml(text: string): Parsed<unknown[]> {
  const tooMany = tooManyNodesError(text);
  if (tooMany) return fail(tooMany);
  const lineCounter = new LineCounter();
  const documents = parseWithoutStacks(text, { ...YAML_OPTIONS, lineCounter });
  if ('empty' in documents) return { ok: true, value: [] };
  const values: unknown[] = [];
  for (const document of documents) {
    const maps = mappingsOf(document);
    const template = unquotedTemplateOffset(maps);
    if (template !== -1) return { ok: false, error: helmError(text, template) };
    const error = firstProblem(document, maps);
    if (error) {
      const { line, col } = lineCounter.linePos(error.offset);
      const cutOff = error.offset >= text.trimEnd().length;
      return fail(`Not valid YAML: ${error.message}.${cutOff ? CUT_OFF : tableHint(text)}`, {
        line,
        column: col,
      });
    }
    values.push(document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
  }
  return { ok: true, value: values };
}

/** `--output table` draws boxes of `|` and `-`: say which output to ask for instead. */
function tableHint(text: string): string {
  const boxed = text.split('\n').filter((line) => /^\s*\|.*\|\s*$/.test(line)).length;
  return boxed >= 2
    ? ' This looks like `--output table`: run the command again with `--output json`.'
    : '';
}

/**
 * `kind: List` (kubectl get with several objects) or a typed list from the API (`PodList`), whose
 * items leave out their own `kind`: each item becomes a document with its kind filled in.
 */
function listItems(value: unknown): unknown[] {
  if (!isRecord(value) || typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') {
    return [value];
  }
  const { kind, apiVersion, items } = value;
  if (!kind.endsWith('List') || !Array.isArray(items)) return [value];
  const itemKind = kind === 'List' ? null : kind.slice(0, -'List'.length);
  return items.map((item: unknown) =>
    itemKind && isRecord(item) && item.kind === undefined
      ? { apiVersion, kind: itemKind, ...item }
      : item,
  );
}

/** What a parsed value is, from its shape alone (the keys each command prints). */
export function identifyPaste(value: unknown): PasteKind {
  if (!isRecord(value)) return { kind: 'unknown' };
  if (typeof value.apiVersion === 'string' && typeof value.kind === 'string' && value.kind !== '') {
    return { kind: 'kubernetes', objectKind: value.kind };
  }
  if (isRecord(value.cluster)) return { kind: 'describe-cluster' };
  if (Array.isArray(value.OpenIDConnectProviderList)) return { kind: 'oidc-provider-list' };
  if ('Url' in value && 'ClientIDList' in value) return { kind: 'oidc-provider' };
  if (isRecord(value.Role)) return { kind: 'get-role' };
  if ('PolicyName' in value && 'PolicyDocument' in value) return { kind: 'get-role-policy' };
  if (isRecord(value.PolicyVersion) && 'Document' in value.PolicyVersion) {
    return { kind: 'get-policy-version' };
  }
  if (isRecord(value.association)) return { kind: 'pod-identity-association' };
  if ('Statement' in value || 'Version' in value) return { kind: 'policy-document' };
  return { kind: 'unknown' };
}

// arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE. The account is empty for S3 buckets and `aws`
// for AWS managed policies; the resource may hold further colons and slashes.
const ARN = /^arn:(aws(?:-[a-z]+)*):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|aws)?:(\S+)$/;

/** An ARN's parts, or null when the text is not one. Surrounding whitespace is ignored. */
export function parseArn(text: string): ArnParts | null {
  const arn = text.trim();
  if (arn.length > 2048) return null;
  const match = ARN.exec(arn);
  if (!match) return null;
  const [, partition = '', service = '', region = '', accountId = '', resource = ''] = match;
  return { arn, partition, service, region, accountId, resource };
}
