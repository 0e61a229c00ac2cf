/**
 * "Find by error message": which catalogue scenarios produce the error an engineer pasted.
 * Both sides (the paste, each entry's message and its `alsoSeenAs` wordings, placeholders filled)
 * become token sequences in which the parts that differ between clusters (ARNs, account and
 * request ids, OIDC ids, epochs, dates, IPs, regions) are typed placeholders. The score adds the
 * message similarity, the AWS code and the API operation, all read out of the SDK's wrapping.
 */
import { CATALOGUE, type CatalogueEntry } from '../content/scenarios';
import { KNOWN_CODES, messageSimilarity, parseError } from './error-text';
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
