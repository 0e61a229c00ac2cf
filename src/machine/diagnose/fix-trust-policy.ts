/**
 * The smallest edit of a pasted IRSA trust policy that trusts this pod: the statements that
 * allow `sts:AssumeRoleWithWebIdentity` keep their shape, and only what names the wrong
 * provider, the wrong condition key or the wrong `sub`/`aud` is rewritten. The engine then
 * decides whether the edit is enough (`repairs.ts`); a whole new policy is the fallback.
 */

/** What the pod presents: its provider, and the `sub` and `aud` its token carries. */
export interface TrustTarget {
  providerArn: string;
  /** The issuer without `https://`: the condition-key prefix. */
  hostPath: string;
  sub: string;
  aud: string;
}

export interface TrustEdit {
  policy: string;
  /** One sentence per change, in the user's names. Empty: nothing needed changing. */
  changes: string[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Whether an action pattern (IAM wildcards `*` and `?`, case-insensitive) covers the web-identity action. */
function coversWebIdentity(action: unknown): boolean {
  if (typeof action !== 'string') return false;
  const pattern = new RegExp(
    `^${action
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );
  return pattern.test('sts:AssumeRoleWithWebIdentity');
}

function matchesLike(pattern: string, value: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`).test(value);
}

/** `…:sub` or `…:aud` on an OIDC issuer (or, wrongly, on the provider's ARN). */
function claimOf(key: string): 'sub' | 'aud' | null {
  const m =
    /^(?:arn:[\w-]+:iam::\d{12}:oidc-provider\/)?(oidc\.eks\.[^:]+|[^:]+\.amazonaws\.com[^:]*):(sub|aud)$/i.exec(
      key,
    );
  return m ? (m[2]!.toLowerCase() as 'sub' | 'aud') : null;
}

/** Rewrite one operator block's claim keys and values; notes what changed. */
function fixConditionBlock(
  operator: string,
  block: Json,
  target: TrustTarget,
  changes: string[],
): Json {
  const like = /Like$/i.test(operator.replace(/IfExists$/, ''));
  const out: Json = {};
  for (const [key, value] of Object.entries(block)) {
    const claim = claimOf(key);
    if (!claim) {
      out[key] = value;
      continue;
    }
    const wantKey = `${target.hostPath}:${claim}`;
    const want = claim === 'sub' ? target.sub : target.aud;
    if (key !== wantKey)
      changes.push(
        `The condition key ${key} becomes ${wantKey}: STS compares the claims of the token's issuer under that key.`,
      );
    const values = list(value).filter((v): v is string => typeof v === 'string');
    const ok = values.some((v) => (like ? matchesLike(v, want) : v === want));
    if (!ok) {
      const wildcard = !like && values.some((v) => /[*?]/.test(v));
      changes.push(
        `${operator} on ${wantKey} allowed ${values.join(', ') || 'nothing'}; the token's ${claim} is ${want}${wildcard ? ` (${operator} treats * literally; StringLike would expand it)` : ''}.`,
      );
    }
    out[wantKey] = ok ? value : want;
  }
  return out;
}

export function fixTrustPolicy(text: string, target: TrustTarget): TrustEdit | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(doc)) return null;
  const changes: string[] = [];
  let trusting = 0;
  const statements = list(doc.Statement).map((s) => {
    if (!isObject(s) || s.Effect !== 'Allow' || !list(s.Action).some(coversWebIdentity)) return s;
    if (!isObject(s.Principal)) return s;
    const federated = list(s.Principal.Federated).filter((p): p is string => typeof p === 'string');
    if (!federated.some((p) => p.includes(':oidc-provider/'))) return s;
    trusting++;
    const next: Json = { ...s };
    if (!federated.includes(target.providerArn)) {
      changes.push(
        `The Federated principal ${federated.join(', ')} becomes ${target.providerArn}, the provider of the token's issuer in the role's account.`,
      );
      next.Principal = { ...s.Principal, Federated: target.providerArn };
    }
    if (isObject(s.Condition)) {
      next.Condition = Object.fromEntries(
        Object.entries(s.Condition).map(([op, block]) => [
          op,
          isObject(block) ? fixConditionBlock(op, block, target, changes) : block,
        ]),
      );
    } else {
      changes.push(
        'The statement had no Condition: any token from this issuer could assume the role. It now requires the sub and aud of this pod.',
      );
      next.Condition = {
        StringEquals: {
          [`${target.hostPath}:sub`]: target.sub,
          [`${target.hostPath}:aud`]: target.aud,
        },
      };
    }
    return next;
  });
  if (trusting === 0) {
    changes.push(
      `No statement let ${target.providerArn} call sts:AssumeRoleWithWebIdentity; one is added.`,
    );
    statements.push({
      Effect: 'Allow',
      Principal: { Federated: target.providerArn },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: {
          [`${target.hostPath}:sub`]: target.sub,
          [`${target.hostPath}:aud`]: target.aud,
        },
      },
    });
  }
  const fixed = {
    ...doc,
    Statement: Array.isArray(doc.Statement) || statements.length > 1 ? statements : statements[0],
  };
  return { policy: JSON.stringify(fixed, null, 2), changes };
}
