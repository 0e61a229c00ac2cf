/**
 * Reading an error message as an engineer pastes it: the AWS code and the operation out of what
 * each SDK prints around the message, and the words as tokens in which what differs from cluster
 * to cluster (ARNs, ids, dates, regions) is a typed placeholder. "Find by error message" and
 * Diagnose both compare messages this way.
 */
import { CATALOGUE } from '../content/scenarios';

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
export function messageSimilarity(expected: string[], pasted: string[]): number {
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

export interface ParsedError {
  code: string | null;
  operation: string | null;
  tokens: string[];
}

/** The codes the catalogue's failures answer with, in catalogue order. */
export const KNOWN_CODES = [
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

export function parseError(pasted: string): ParsedError {
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

/** Java names exceptions after the code: InvalidIdentityTokenException is InvalidIdentityToken. */
export function canonicalCode(code: string): string {
  const find = (c: string) => KNOWN_CODES.find((k) => k.toLowerCase() === c.toLowerCase());
  return find(code) ?? find(code.replace(/Exception$/, '')) ?? code;
}
