/**
 * "Find by error message": which catalogue scenarios produce the error an engineer pasted.
 * Both sides (the paste, each entry's message and its `alsoSeenAs` wordings, placeholders filled)
 * become token sequences in which the parts that differ between clusters (ARNs, account and
 * request ids, OIDC ids, epochs, dates, IPs, regions) are typed placeholders. The score adds the
 * message similarity, the AWS code and the API operation, all read out of the SDK's wrapping.
 */
import { CATALOGUE, type CatalogueEntry } from '../content/scenarios';
import { fillPlaceholders, placeholderValues, scenarioFor } from './scenarios';

export interface FindMatch {
  id: string;
  title: string;
  /** The first sentence of the entry's cause, placeholders filled. */
  cause: string;
  historical?: string;
  /** The step where the run fails (1–6). */
  step: number;
  awsCode: string;
  /** 0–1: message similarity, code and operation together. */
  score: number;
  /** Opens the scenario at its failing step: the app's `#scenario=<id>&step=<n>` deep link. */
  href: string;
}

export interface FindResult {
  matches: FindMatch[];
  /** Only when nothing matches: the catalogue's AWS codes nearest to what was pasted. */
  closestCodes: string[];
}

/** Only this much of a paste is read: a megabyte of log must never freeze the page. */
export const MAX_PASTE_CHARS = 4000;

const MIN_MESSAGE_SIMILARITY = 0.7;
const MIN_SCORE = 0.6;

// ---------------------------------------------------------------------------------------------
// Tokens: words, lowercased, and typed placeholders for what differs from cluster to cluster.

const LEXEME = new RegExp(
  [
    String.raw`(?<arn>arn:aws[\w-]*:[\w-]*:[\w-]*:\d*:[^\s"'\x60,;()<>[\]]+)`,
    String.raw`(?<issuer>https://oidc\.eks\.[\w-]+\.amazonaws\.com(?:\.cn)?/id/\w+)`,
    String.raw`(?<uuid>\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b)`,
    String.raw`(?<date>\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)`,
    String.raw`(?<ip>\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?)`,
    String.raw`(?<instance>\bi-[0-9a-f]{8,17}\b)`,
    String.raw`(?<region>\b(?:us-gov|us|eu|ap|sa|ca|me|af|il|mx|cn)-[a-z]+-\d\b)`,
    // An IAM action such as s3:ListAllMyBuckets: which permission failed is a strong signal.
    String.raw`(?<action>\b[a-z][a-z0-9-]*:[A-Za-z][A-Za-z0-9*]*)`,
    // Request ids, S3 host ids, OIDC ids: long runs of letters and digits mixed.
    String.raw`(?<id>\b(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{12,}\b)`,
    String.raw`(?<num>\d+)`,
    String.raw`(?<word>[A-Za-z][A-Za-z0-9]*)`,
  ].join('|'),
  'g',
);

/** An ARN stands for its kind; a node's role session is named after the EC2 instance id. */
function arnToken(arn: string): string {
  const parts = arn.split(':');
  const service = parts[2] ?? '';
  const resource = parts.slice(5).join(':');
  if (service === 'sts' && resource.startsWith('assumed-role/')) {
    const session = resource.split('/')[2] ?? '';
    return /^i-[0-9a-f]{8,17}$/.test(session) ? '<arn:instance-session>' : '<arn:assumed-role>';
  }
  const type = /^[\w-]+(?=[/:])/.exec(resource)?.[0];
  return type ? `<arn:${service}:${type}>` : `<arn:${service}>`;
}

function errorTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const m of text.matchAll(LEXEME)) {
    const [kind, value] = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined) ?? [];
    if (!kind || value === undefined) continue;
    if (kind === 'arn') tokens.push(arnToken(value));
    else if (kind === 'word' || kind === 'action') tokens.push(value.toLowerCase());
    else tokens.push(`<${kind}>`);
  }
  return tokens;
}

const FILLER = new Set('the a an is to in of for on by your you and be t s'.split(' '));

/** ARN kinds and IAM actions tell scenarios apart; filler words barely count. */
function weight(token: string): number {
  if (token.startsWith('<arn')) return 3;
  if (token.includes(':')) return 3;
  if (token === '<issuer>') return 2;
  return FILLER.has(token) ? 0.3 : 1;
}

/**
 * How much of `expected` appears, in order, in one stretch of `pasted`: a local alignment where
 * a pasted word inside the stretch that is not in the message costs half its weight. Text around
 * the message (log prefixes, stack traces, SDK wrapping) is outside the stretch and costs nothing.
 */
function messageSimilarity(expected: string[], pasted: string[]): number {
  const total = expected.reduce((sum, t) => sum + weight(t), 0);
  if (total === 0 || pasted.length === 0) return 0;
  let previous = new Array<number>(expected.length + 1).fill(0);
  let best = 0;
  for (const p of pasted) {
    const row = new Array<number>(expected.length + 1).fill(0);
    const skipPasted = weight(p) / 2;
    for (let j = 1; j <= expected.length; j++) {
      const e = expected[j - 1]!;
      row[j] = Math.max(
        0,
        previous[j]! - skipPasted,
        row[j - 1]!, // a word of the message missing from the paste only fails to score
        e === p ? previous[j - 1]! + weight(e) : 0,
      );
      best = Math.max(best, row[j]!);
    }
    previous = row;
  }
  return best / total;
}

// ---------------------------------------------------------------------------------------------
// Unwrapping: the AWS code and the operation out of what each SDK prints around the message.

interface ParsedError {
  code: string | null;
  operation: string | null;
  tokens: string[];
}

/** The codes the catalogue's failures answer with, in catalogue order. */
const KNOWN_CODES = [
  ...new Set(CATALOGUE.flatMap((e) => (e.expected.awsCode ? [e.expected.awsCode] : []))),
];

const NOT_CODES = new Set(['RequestID', 'RequestId', 'StatusCode', 'HostID', 'ErrorCode']);
/** Java's per-service exception classes say which service failed, not which error. */
const SERVICE_EXCEPTION = /^(?:Sts|S3|Iam|AmazonS3|AmazonService|AwsService|SdkClient)Exception$/;

/** AWS codes and exception names look like InvalidIdentityToken, WebIdentityErr, Throttling. */
function looksLikeCode(word: string): boolean {
  if (NOT_CODES.has(word)) return false;
  if (KNOWN_CODES.some((c) => c.toLowerCase() === word.toLowerCase())) return true;
  return (
    /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/.test(word) || /^\w+(?:Exception|Error|Err)$/.test(word)
  );
}

/** First `Code: message` whose code looks like one (JS v3, Python, Java, Go v1's causes). */
function leadingCode(text: string): string | null {
  for (const m of text.matchAll(/(?:^|[\s(])(?:[\w$]+\.)*([A-Za-z]\w*): /g)) {
    if (SERVICE_EXCEPTION.test(m[1]!)) return null;
    if (looksLikeCode(m[1]!)) return m[1]!;
  }
  return null;
}

function unwrap(text: string): { code: string | null; operation: string | null } {
  const xml = /<Code>\s*([^<]+?)\s*<\/Code>/.exec(text);
  if (xml) return { code: xml[1]!, operation: null };
  // botocore and the AWS CLI: An error occurred (Code) when calling the Op operation: message
  const boto = /An error occurred \(([\w.]+)\)(?: when calling the (\w+) operation)?/.exec(text);
  if (boto) return { code: boto[1]!, operation: boto[2] ?? null };
  // Java v1 names the code in its tail: (Service: …; Status Code: 400; Error Code: Code; …)
  const javaV1 = /Error Code: (\w+)/.exec(text);
  // Go v2: operation error STS: AssumeRoleWithWebIdentity, https response error …, Code: message
  const goV2 = /operation error [\w ]+: (\w+), /.exec(text);
  if (goV2) {
    const rest = text.slice(goV2.index + goV2[0].length).replace(/\b(?:RequestID|HostID): /g, '');
    return { code: leadingCode(rest), operation: goV2[1]! };
  }
  // Go v1 chains causes: the innermost one that names a code is the AWS error.
  const causes = text.split(/caused by: /);
  for (let i = causes.length - 1; i >= 0; i--) {
    const code = leadingCode(causes[i]!);
    if (code) return { code: javaV1?.[1] ?? code, operation: null };
  }
  return { code: javaV1?.[1] ?? null, operation: null };
}

function parseError(pasted: string): ParsedError {
  // Pastes from JSON logs carry escaped newlines and quotes; XML carries entities.
  const text = pasted
    .replace(/\\[nt]/g, ' ')
    .replace(/\\"/g, '"')
    .replace(/&quot;|&apos;|&#39;/g, '"')
    .replace(/&amp;/g, '&');
  const unwrapped = unwrap(text);
  // Only a code pasted ("AccessDenied"): no message to compare, the code says it all.
  const bare = /^\s*([A-Za-z]\w*)\s*$/.exec(text)?.[1];
  const code = unwrapped.code ?? (bare && looksLikeCode(bare) ? bare : null);
  const { operation } = unwrapped;
  return { code: code && canonicalCode(code), operation, tokens: errorTokens(text) };
}

// ---------------------------------------------------------------------------------------------
// The catalogue side, computed once.

interface Signature {
  entry: CatalogueEntry;
  code: string;
  operation: string;
  tokens: string[];
}

let cache: Signature[] | null = null;

function signatures(): Signature[] {
  if (cache) return cache;
  cache = [];
  for (const entry of CATALOGUE.filter((e) => e.expected.awsCode && e.expected.message)) {
    const values = placeholderValues(scenarioFor(entry.changes));
    const operation = operationOf(entry);
    const wordings = [entry.expected.message!, ...(entry.alsoSeenAs ?? [])];
    for (const [i, wording] of wordings.entries()) {
      const parsed = parseError(fillPlaceholders(wording, values));
      // Another SDK's wording may name its own code (Go's RequestError for a timeout).
      const code = i > 0 && parsed.code ? parsed.code : entry.expected.awsCode!;
      cache.push({ entry, code, operation, tokens: parsed.tokens });
    }
  }
  return cache;
}

/** Java names exceptions after the code: InvalidIdentityTokenException is InvalidIdentityToken. */
function canonicalCode(code: string): string {
  const find = (c: string) => KNOWN_CODES.find((k) => k.toLowerCase() === c.toLowerCase());
  return find(code) ?? find(code.replace(/Exception$/, '')) ?? code;
}

/** The API call that fails: steps 1–5 are STS's AssumeRoleWithWebIdentity, step 6 the pod's call. */
function operationOf(entry: CatalogueEntry): string {
  if (entry.expected.step < 6) return 'AssumeRoleWithWebIdentity';
  return /perform: sts:AssumeRole\b/.test(entry.expected.message ?? '')
    ? 'AssumeRole'
    : 'ListBuckets';
}

function codeAgreement(pasted: string | null, expected: string): number {
  if (pasted === null) return 0.5;
  if (pasted === expected) return 1;
  const bare = (c: string) => c.toLowerCase().replace(/exception$/, '');
  return bare(pasted) === bare(expected) ? 0.8 : 0;
}

const firstSentence = (text: string) => /^[\s\S]*?[.!?](?=\s+[A-Z"'(]|$)/.exec(text)?.[0] ?? text;

function toMatch(entry: CatalogueEntry, score: number): FindMatch {
  const values = placeholderValues(scenarioFor(entry.changes));
  return {
    id: entry.id,
    title: entry.title,
    cause: firstSentence(fillPlaceholders(entry.cause, values)),
    ...(entry.historical ? { historical: entry.historical } : {}),
    step: entry.expected.step,
    awsCode: entry.expected.awsCode!,
    score,
    // Same shape as lib/url-state's formatFragment (machine does not import lib).
    href: `#scenario=${entry.id}&step=${entry.expected.step}`,
  };
}

/** The scenarios that produce the pasted error, best first (ties in catalogue order). */
export function findByErrorMessage(pasted: string): FindResult {
  const text = pasted.slice(0, MAX_PASTE_CHARS).trim();
  if (text === '') return { matches: [], closestCodes: [] };
  const paste = parseError(text);
  // Only a code pasted ("AccessDenied"): every scenario that answers with exactly that code.
  const codeOnly = paste.code !== null && paste.tokens.length === 1;

  const best = new Map<CatalogueEntry, { score: number; message: number }>();
  for (const sig of signatures()) {
    if (codeOnly && sig.code !== paste.code) continue;
    const message = codeOnly ? MIN_MESSAGE_SIMILARITY : messageSimilarity(sig.tokens, paste.tokens);
    const operation = paste.operation === null ? 0.5 : paste.operation === sig.operation ? 1 : 0;
    const raw = 0.6 * message + 0.3 * codeAgreement(paste.code, sig.code) + 0.1 * operation;
    // Rounded so that scenarios sharing a message tie exactly and keep catalogue order.
    const score = Math.round(raw * 1000) / 1000;
    const seen = best.get(sig.entry);
    if (!seen || score > seen.score) best.set(sig.entry, { score, message });
  }

  const matches = [...best]
    .filter(([, s]) => s.message >= MIN_MESSAGE_SIMILARITY && s.score >= MIN_SCORE)
    .sort((a, b) => b[1].score - a[1].score)
    .map(([entry, s]) => toMatch(entry, s.score));
  if (matches.length > 0) return { matches, closestCodes: [] };

  // Nothing close enough: rank the known codes by spelling and by how well their messages fit.
  // A short paste without a code may be a code in words ("Access Denied").
  const spelt = paste.code ?? (text.length <= 40 ? text.replace(/[^A-Za-z0-9]/g, '') : null);
  const closeness = KNOWN_CODES.map((code) => {
    const spelling = spelt === null ? 0 : codeSimilarity(spelt, code);
    const message = Math.max(
      0,
      ...[...best].filter(([e]) => e.expected.awsCode === code).map(([, s]) => s.message),
    );
    return { code, value: spelt === null ? message : Math.max(message, (spelling + message) / 2) };
  });
  const closestCodes = closeness
    .filter((c) => c.value >= 0.3)
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map((c) => c.code);
  return { matches: [], closestCodes };
}

/** 1 for the same code, down to 0: edit distance over the longer length, case aside. */
function codeSimilarity(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++)
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return 1 - row[y.length]! / Math.max(x.length, y.length, 1);
}
