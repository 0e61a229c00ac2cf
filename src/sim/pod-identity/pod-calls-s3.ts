import { parsePolicy } from '../iam/policy';
import type { World } from '../prepare-world';
import type { Check } from '../result';
import type { RunEnvironment } from '../run-environment';
import { s3Errors } from '../s3/errors';
import { handleListBuckets } from '../s3/handle-list-buckets';
import { signListBuckets } from '../s3/list-buckets';
import { listAllMyBucketsResponse, s3ErrorResponse } from '../s3/responses';
import type { StsToPodStep } from '../steps';
import { conditionCheck } from '../sts/evaluate-trust-policy';
import {
  evaluateWithVariables,
  policyToJson,
  principalTagKeys,
  sessionPrincipalTags,
} from './principal-tags';
import { need, type PodIdentityRunRecord } from './run-record';
import type { PodToS3Step } from './types';

const ACTION = 's3:ListAllMyBuckets';
/** As S3's own handler authorizes ListAllMyBuckets (src/sim/s3/handle-list-buckets.ts, INFERRED). */
const RESOURCE = 'arn:aws:s3:::*';

/**
 * Step 6. The SDK reads the credentials from the JSON it got (the agent's, or IMDS's), signs
 * `GET /` for `s3` with SigV4, and S3 answers. Authentication is the shared S3 handler's (access
 * key, session token, expiry, signature recomputed); authorization is redone here, because a Pod
 * Identity session carries principal tags (its session tags and the role's tags) that policies
 * use as `aws:PrincipalTag/…` keys and `${aws:PrincipalTag/…}` variables, and the shared handler
 * evaluates with no request keys.
 */
export async function podCallsS3(
  world: PodIdentityRunRecord['world'],
  run: PodIdentityRunRecord,
  env: RunEnvironment,
): Promise<PodToS3Step> {
  const issued = need(run.steps['agent-to-pod'], 'step 5');
  const now = env.clock.now();
  const region = world.scenario.region;
  const json = JSON.parse(issued.response?.body ?? '{}') as Record<string, string | undefined>;
  const credentials = {
    accessKeyId: json.AccessKeyId ?? '',
    secretAccessKey: json.SecretAccessKey ?? '',
    sessionToken: json.Token ?? '',
  };
  const { request, signing } = await signListBuckets(region, credentials, now);

  // S3's authentication, reused as is: the shared handler reads only iam.roles/users and s3.
  const s3View = { iam: { ...world.iam, roles: world.iam.roles, users: [] }, s3: world.s3 } as Pick<
    World,
    'iam' | 's3'
  >;
  const session: StsToPodStep = { ...issued, error: null };
  const answer = await handleListBuckets(s3View as World, session, request, env);
  const authenticated = answer.checks.some((c) => c.id === 'signature' && c.passed);
  const common = {
    request,
    signing,
    serverSigning: answer.serverSigning,
    bucketNames: [] as string[],
  };
  if (!authenticated)
    return {
      ...common,
      ...answer,
      resolvedPolicy: null,
      principalTags: {},
      evaluation: null,
      ok: false,
      errorResponse: answer.response,
      bucketNames: [],
    };

  // Authorization with the principal's tags. The shared handler's permission checks are replaced.
  const checks: Check[] = answer.checks.filter((c) => !c.id.startsWith('permission-'));
  const principalArn = issued.assumedRoleArn ?? '';
  const roleArn = roleArnOf(principalArn);
  const sessionTags = run.steps['eks-auth-to-sts']?.assumeRole?.tags ?? [];
  const fromPodIdentity = run.steps['eks-auth-to-sts']?.assumedRoleArn === principalArn;
  const principalTags = sessionPrincipalTags(
    world.iam.roleTags[roleArn] ?? {},
    fromPodIdentity ? sessionTags : [],
  );
  const keys = {
    ...principalTagKeys(principalTags),
    'aws:PrincipalArn': [roleArn],
    'aws:PrincipalAccount': [roleArn.split(':')[4] ?? ''],
  };
  const parsed = parsePolicy(
    world.iam.roles.find((r) => r.Arn === roleArn)?.PermissionPolicy ?? '',
  );
  const result = parsed.ok
    ? evaluateWithVariables([parsed.value], { action: ACTION, resource: RESOURCE, keys })
    : null;
  const evaluation = result?.evaluation ?? null;
  const unresolved = result?.resolved[0]?.unresolved ?? new Map<number, string[]>();
  evaluation?.statements.forEach((s) => {
    const name = s.sid ? `Statement "${s.sid}"` : `Statement ${s.index + 1}`;
    checks.push({
      id: `permission-${s.index}-action-resource`,
      label: `${name} (${s.effect}): Action and Resource match`,
      passed: s.actionMatched && s.resourceMatched,
      expected: 'action and resource listed in the statement (after ${…} variables)',
      actual: `${ACTION} on ${RESOURCE}`,
    });
    s.conditions.forEach((c, i) =>
      checks.push(conditionCheck(`permission-${s.index}-condition-${i}`, name, c)),
    );
    const missing = unresolved.get(s.index);
    if (missing)
      checks.push({
        id: `permission-${s.index}-variables`,
        label: `${name}: every policy variable has a value in the request`,
        passed: false,
        expected: missing.map((v) => `\${${v}}`).join(', '),
        actual: 'not in the request: the statement does not apply',
      });
  });
  const decision = evaluation?.decision ?? 'ImplicitDeny';
  checks.push({
    id: 'permission-decision',
    label: `The permission policy allows ${ACTION} (principal tags: ${Object.keys(principalTags).length})`,
    passed: decision === 'Allow',
    expected: 'Allow',
    actual: decision,
  });
  const ids = env.ids('pod-identity-s3');
  const resolvedPolicy = result?.resolved[0] ? policyToJson(result.resolved[0].policy) : null;
  const recorded = { ...common, resolvedPolicy, principalTags, evaluation, checks };
  if (decision !== 'Allow') {
    const error = s3Errors.accessDenied(principalArn, decision === 'ExplicitDeny');
    const response = s3ErrorResponse(error, ids, now);
    return { ...recorded, ok: false, error, errorResponse: response, response };
  }
  const response = listAllMyBucketsResponse(world.s3.ownerId, world.s3.buckets, ids, now);
  const bucketNames = [...response.body.matchAll(/<Name>([^<]*)<\/Name>/g)].map((m) => m[1] ?? '');
  return { ...recorded, ok: true, error: null, errorResponse: null, response, bucketNames };
}

/** `arn:aws:sts::A:assumed-role/R/S` → `arn:aws:iam::A:role/R`. */
function roleArnOf(assumedRoleArn: string): string {
  const m = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\//.exec(assumedRoleArn);
  return m ? `arn:aws:iam::${m[1]}:role/${m[2]}` : '';
}
