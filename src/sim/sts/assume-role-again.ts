import type { HttpRequest } from '../http';
import { formEncode, utf8Length } from '../http';
import { evaluatePolicies, parsePolicy } from '../iam/policy';
import { stsHost } from '../names';
import type { World } from '../prepare-world';
import type { Check } from '../result';
import type { RunEnvironment } from '../run-environment';
import { amzDate } from '../s3/list-buckets';
import { signRequest, type SigV4Request } from '../sigv4';
import type { PodToS3Step, StsToPodStep } from '../steps';
import { stsErrors } from './errors';
import { stsErrorResponse } from './responses';

const ACTION = 'sts:AssumeRole';

/**
 * Step 6 when a tool in the pod is also configured with the role's ARN (a Prometheus exporter's
 * `role_arn`, a Terraform provider's `assume_role`): with the IRSA session it already has, it
 * calls sts:AssumeRole on that same role. The call is SigV4-signed; STS evaluates the role's
 * trust policy for the session as an AWS principal. The policy trusts only the OIDC provider,
 * so the answer is AccessDenied (prometheus-community/helm-charts#3596).
 */
export async function assumeRoleAgain(
  world: World,
  issued: StsToPodStep,
  env: RunEnvironment,
): Promise<PodToS3Step> {
  const ids = env.ids('sts-assume-role');
  const now = env.clock.now();
  const region = world.scenario.region;
  const role = world.iam.roles[0]!;
  const session = issued.credentials;
  const sessionArn = issued.assumedRoleArn ?? '';
  const body = formEncode([
    ['Action', 'AssumeRole'],
    ['Version', '2011-06-15'],
    ['RoleArn', role.Arn],
    ['RoleSessionName', 'chained-session'],
  ]);
  const unsigned: SigV4Request = {
    method: 'POST',
    path: '/',
    query: [],
    headers: [
      ['Host', stsHost(region)],
      ['Content-Type', 'application/x-www-form-urlencoded; charset=utf-8'],
      ['X-Amz-Date', amzDate(now)],
      ['X-Amz-Security-Token', session?.SessionToken ?? ''],
    ],
    body,
  };
  const credentials = {
    accessKeyId: session?.AccessKeyId ?? '',
    secretAccessKey: session?.SecretAccessKey ?? '',
    sessionToken: session?.SessionToken ?? '',
  };
  const signing = await signRequest(unsigned, credentials, {
    region,
    service: 'sts',
    amzDate: amzDate(now),
    normalizePath: true,
  });
  const request: HttpRequest = {
    method: 'POST',
    target: '/',
    headers: [
      ...unsigned.headers,
      ['Content-Length', String(utf8Length(body))],
      ['Authorization', signing.authorization],
    ],
    body,
  };

  const parsed = parsePolicy(role.AssumeRolePolicyDocument);
  const evaluation = parsed.ok
    ? evaluatePolicies([parsed.value], {
        principal: { type: 'AWS', id: sessionArn },
        action: ACTION,
        keys: {},
      })
    : null;
  const checks: Check[] = [
    {
      id: 'assume-role-target',
      label: 'The role to assume is a different role',
      passed: false,
      expected: 'a role other than the one this session already is',
      actual: `${role.Arn}: the session is already ${sessionArn}`,
      note: 'Chaining into the same role is never needed: the IRSA session already has its permissions.',
    },
    ...(evaluation?.statements ?? []).map((s) => ({
      id: `statement-${s.index}-principal`,
      label: `Trust policy statement ${s.index + 1} lists the session as a principal for ${ACTION}`,
      passed: s.principalMatched && s.actionMatched,
      expected: `Principal AWS ${sessionArn}, Action ${ACTION}`,
      actual: 'Principal Federated (the OIDC provider), Action sts:AssumeRoleWithWebIdentity',
    })),
  ];
  const error = stsErrors.assumeRoleDenied(sessionArn, role.Arn);
  const response = stsErrorResponse(error, ids.uuid(), now);
  return {
    request,
    signing,
    serverSigning: null,
    evaluation,
    response,
    bucketNames: [],
    ok: false,
    checks,
    error,
    errorResponse: response,
    detour:
      'Before any S3 call, a tool in the pod that is configured with the role ARN calls sts:AssumeRole on that same role, signed with the IRSA session it already has.',
  };
}
