import { headerValue, type HttpRequest, type HttpResponse } from '../http';
import { evaluatePolicies, parsePolicy, type PolicyEvaluation } from '../iam/policy';
import type { World } from '../prepare-world';
import type { Check, SimError } from '../result';
import type { RunEnvironment } from '../run-environment';
import { parseAuthorization, signRequest, type SigV4Result } from '../sigv4';
import type { StsToPodStep } from '../steps';
import { conditionCheck } from '../sts/evaluate-trust-policy';
import { s3Errors } from './errors';
import { listAllMyBucketsResponse, s3ErrorResponse } from './responses';

const ACTION = 's3:ListAllMyBuckets';
// ListAllMyBuckets has no resource type. We authorize it against `arn:aws:s3:::*` so that both
// "Resource": "*" and "arn:aws:s3:::*" grant it and a single-bucket ARN does not (INFERRED).
const RESOURCE = 'arn:aws:s3:::*';

export interface S3Answer {
  ok: boolean;
  checks: Check[];
  error: SimError | null;
  errorResponse: HttpResponse | null;
  response: HttpResponse;
  serverSigning: SigV4Result | null;
  evaluation: PolicyEvaluation | null;
}

/**
 * S3's side of ListBuckets: find the session by access key id, check the security token and its
 * expiry, recompute the SigV4 signature from the request as received, then evaluate the role's
 * permission policy for s3:ListAllMyBuckets.
 */
export async function handleListBuckets(
  world: World,
  issued: StsToPodStep,
  request: HttpRequest,
  env: RunEnvironment,
): Promise<S3Answer> {
  const ids = env.ids('s3');
  const now = env.clock.now();
  const checks: Check[] = [];
  let serverSigning: SigV4Result | null = null;
  let evaluation: PolicyEvaluation | null = null;
  // S3 adds fields after Message for some codes (captured bodies: docs/aws-facts.md, S3 errors).
  const fail = (error: SimError, details: [string, string][] = []): S3Answer => {
    const response = s3ErrorResponse(error, ids, now, details);
    return {
      ok: false,
      checks,
      error,
      errorResponse: response,
      response,
      serverSigning,
      evaluation,
    };
  };

  const auth = parseAuthorization(headerValue(request.headers, 'Authorization') ?? '');
  const session = issued.credentials;
  const known = auth !== null && session !== null && auth.accessKeyId === session.AccessKeyId;
  checks.push({
    id: 'access-key-known',
    label: 'The access key id belongs to a live STS session',
    passed: known,
    expected: session?.AccessKeyId ?? '(no session issued)',
    actual: auth?.accessKeyId ?? '(no SigV4 Authorization header)',
  });
  if (!known || !auth || !session)
    return fail(s3Errors.invalidAccessKeyId(), [['AWSAccessKeyId', auth?.accessKeyId ?? '']]);

  // Long-term keys (AKIA…, an IAM user's) need no session token and do not expire.
  const longTerm = session.AccessKeyId.startsWith('AKIA');
  const token = headerValue(request.headers, 'X-Amz-Security-Token') ?? '';
  if (!longTerm) {
    checks.push({
      id: 'session-token',
      label: 'x-amz-security-token is the session token of that session',
      passed: token === session.SessionToken,
      expected: `${session.SessionToken.slice(0, 24)}…`,
      actual: token ? `${token.slice(0, 24)}…` : '(missing)',
    });
    // A temporary key without its session token is unknown to S3 (a 403, as for a key that does
    // not exist); a token that is there but wrong is malformed (a 400).
    if (token === '')
      return fail(s3Errors.invalidAccessKeyId(), [['AWSAccessKeyId', auth.accessKeyId]]);
    if (token !== session.SessionToken) return fail(s3Errors.invalidToken());
    const live = now.getTime() < Date.parse(session.Expiration);
    checks.push({
      id: 'session-live',
      label: 'The session has not expired',
      passed: live,
      expected: `before ${session.Expiration}`,
      actual: now.toISOString().replace('.000Z', 'Z'),
    });
    if (!live) return fail(s3Errors.expiredToken(), [['Token-0', token]]);
  }

  const signed = new Set(auth.signedHeaders);
  serverSigning = await signRequest(
    {
      method: request.method,
      path: request.target.split('?')[0] ?? '/',
      query: [],
      headers: request.headers.filter(([n]) => signed.has(n.toLowerCase())),
      body: request.body,
    },
    {
      accessKeyId: session.AccessKeyId,
      secretAccessKey: session.SecretAccessKey,
      sessionToken: session.SessionToken,
    },
    {
      region: auth.region,
      service: auth.service,
      amzDate: headerValue(request.headers, 'X-Amz-Date') ?? '',
      normalizePath: false,
      payloadHash: headerValue(request.headers, 'X-Amz-Content-SHA256'),
    },
  );
  checks.push({
    id: 'signature',
    label: 'Signature recomputed by S3 equals the one in Authorization',
    passed: serverSigning.signature === auth.signature,
    expected: serverSigning.signature,
    actual: auth.signature,
  });
  if (serverSigning.signature !== auth.signature)
    return fail(s3Errors.signatureDoesNotMatch(), [
      ['AWSAccessKeyId', auth.accessKeyId],
      ['StringToSign', serverSigning.stringToSign],
      ['SignatureProvided', auth.signature],
      ['StringToSignBytes', spacedHex(serverSigning.stringToSign)],
      ['CanonicalRequest', serverSigning.canonicalRequest],
      ['CanonicalRequestBytes', spacedHex(serverSigning.canonicalRequest)],
    ]);

  const parsed = parsePolicy(identityPolicy(world, issued.assumedRoleArn));
  evaluation = parsed.ok
    ? evaluatePolicies([parsed.value], { action: ACTION, resource: RESOURCE, keys: {} })
    : null;
  evaluation?.statements.forEach((s) => {
    const name = s.sid ? `Statement "${s.sid}"` : `Statement ${s.index + 1}`;
    checks.push({
      id: `permission-${s.index}-action`,
      label: `${name} (${s.effect}): Action matches`,
      passed: s.actionMatched,
      expected: 'action listed in the statement',
      actual: ACTION,
    });
    checks.push({
      id: `permission-${s.index}-resource`,
      label: `${name} (${s.effect}): Resource matches`,
      passed: s.resourceMatched,
      expected: 'resource listed in the statement',
      actual: RESOURCE,
    });
    s.conditions.forEach((c, i) =>
      checks.push(conditionCheck(`permission-${s.index}-condition-${i}`, name, c)),
    );
  });
  const decision = evaluation?.decision ?? 'ImplicitDeny';
  checks.push({
    id: 'permission-decision',
    label: `The role's permission policy allows ${ACTION}`,
    passed: decision === 'Allow',
    expected: 'Allow',
    actual:
      decision === 'ExplicitDeny'
        ? 'Explicit Deny'
        : decision === 'ImplicitDeny'
          ? 'Implicit deny (no statement allows)'
          : 'Allow',
  });
  if (decision !== 'Allow')
    return fail(s3Errors.accessDenied(issued.assumedRoleArn ?? '', decision === 'ExplicitDeny'));

  const response = listAllMyBucketsResponse(world.s3.ownerId, world.s3.buckets, ids, now);
  return {
    ok: true,
    checks,
    error: null,
    errorResponse: null,
    response,
    serverSigning,
    evaluation,
  };
}

/** UTF-8 bytes as space-separated lowercase hex, as S3's *Bytes fields show them. */
function spacedHex(text: string): string {
  return [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}

/** The permission policy of who is calling: the assumed role's, or the IAM user's. */
function identityPolicy(world: World, principalArn: string | null): string {
  const user = world.iam.users.find((u) => u.Arn === principalArn);
  if (user) return user.PermissionPolicy;
  return world.iam.roles.find((r) => r.Arn === roleArnOf(principalArn))?.PermissionPolicy ?? '';
}

/** `arn:aws:sts::A:assumed-role/R/S` → `arn:aws:iam::A:role/R`. */
function roleArnOf(assumedRoleArn: string | null): string {
  const m = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\//.exec(assumedRoleArn ?? '');
  return m ? `arn:aws:iam::${m[1]}:role/${m[2]}` : '';
}
