import { epochSeconds } from '../clock';
import { formDecode, formEncode, utf8Length, type HttpRequest } from '../http';
import { parseRoleArn, stsHost } from '../names';
import type { World } from '../prepare-world';
import type { Check } from '../result';
import type { RunEnvironment } from '../run-environment';
import type { PodToStsStep } from '../steps';
import { sdkCredentialSource } from '../kubernetes/credential-source';
import { stsErrors } from './errors';
import { stsErrorResponse } from './responses';

const HOP = 'pod-to-sts';

/**
 * Step 1. The AWS SDK in the pod (botocore here) finds AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE,
 * reads the token file and sends an unsigned, form-encoded AssumeRoleWithWebIdentity to the
 * regional STS endpoint. STS checks the parameters it received.
 */
export function sendAssumeRoleWithWebIdentity(world: World, env: RunEnvironment): PodToStsStep {
  const ids = env.ids('sts');
  const now = env.clock.now();
  const { scenario, kubernetes } = world;
  const environment = new Map(
    (kubernetes.mutation?.pod.spec.containers[0]?.env ?? []).map((e) => [e.name, e.value]),
  );
  const roleArn = environment.get('AWS_ROLE_ARN') ?? '';
  const tokenFile = environment.get('AWS_WEB_IDENTITY_TOKEN_FILE') ?? '';
  const region = environment.get('AWS_REGION') ?? scenario.region;
  const host = stsHost(region);
  const cli = scenario.wiring.caller === 'aws-cli';
  // botocore names the session itself; the CLI's caller must pass --role-session-name.
  const roleSessionName = cli ? 'aws-cli-session' : `botocore-session-${epochSeconds(now)}`;
  const token = kubernetes.token?.compact ?? '';
  const requestId = ids.uuid();
  if (sdkCredentialSource(world) === 'instance-metadata') return skipToInstanceMetadata(requestId);

  const params: [string, string][] = [
    ['Action', 'AssumeRoleWithWebIdentity'],
    ['Version', '2011-06-15'],
    ['RoleArn', roleArn],
    ['RoleSessionName', roleSessionName],
    ['WebIdentityToken', token],
  ];
  // botocore's web-identity provider never sends DurationSeconds (its only extra argument is
  // RoleSessionName: botocore/credentials.py, AssumeRoleWithWebIdentityProvider), so STS's
  // default of 3600 s applies; the CLI sends what --duration-seconds asks for.
  if (cli) params.push(['DurationSeconds', String(scenario.sessionDurationSeconds)]);
  const body = formEncode(params);
  const request: HttpRequest = {
    method: 'POST',
    target: '/',
    headers: [
      ['Host', host],
      ['Content-Type', 'application/x-www-form-urlencoded; charset=utf-8'],
      ['Content-Length', String(utf8Length(body))],
    ],
    body,
  };
  const received = new Map(formDecode(body));
  const receivedArn = received.get('RoleArn') ?? '';
  const receivedToken = received.get('WebIdentityToken') ?? '';

  const checks: Check[] = [];
  const arnOk = parseRoleArn(receivedArn) !== null;
  checks.push({
    id: 'role-arn-format',
    label: 'RoleArn is a well-formed IAM role ARN',
    passed: arnOk,
    expected: 'arn:aws:iam::<12-digit account>:role/<name>',
    actual: receivedArn || '(empty)',
  });
  const base = {
    sdk: {
      credentialSource: 'web-identity' as const,
      roleArn,
      tokenFile,
      endpoint: `https://${host}/`,
      roleSessionName,
    },
    request,
    params,
    requestId,
  };
  if (!arnOk) return fail(base, checks, stsErrors.roleArnInvalid(HOP), now);

  const lengthOk = receivedToken.length >= 4 && receivedToken.length <= 20000;
  checks.push({
    id: 'token-length',
    label: 'WebIdentityToken length is within 4–20000 characters',
    passed: lengthOk,
    expected: '4–20000',
    actual: String(receivedToken.length),
  });
  if (!lengthOk) return fail(base, checks, stsErrors.tokenTooLong(HOP), now);
  return { ...base, ok: true, checks, error: null, errorResponse: null };
}

/**
 * Without AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE the SDK's default chain skips web identity
 * and ends at the EC2 instance metadata service: the pod acts as the node's instance role.
 */
function skipToInstanceMetadata(requestId: string): PodToStsStep {
  return {
    sdk: {
      credentialSource: 'instance-metadata',
      roleArn: '',
      tokenFile: '',
      endpoint: '',
      roleSessionName: '',
    },
    request: null,
    params: [],
    requestId,
    ok: true,
    checks: [
      {
        id: 'web-identity-env',
        label: 'The pod has AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE',
        passed: false,
        expected: 'both set by the pod-identity webhook',
        actual: 'neither is set: the webhook did not mutate this pod',
        note: 'The SDK does not fail here: it moves down its credential chain to IMDS.',
      },
    ],
    error: null,
    errorResponse: null,
    skipped:
      'The SDK found no AWS_ROLE_ARN / AWS_WEB_IDENTITY_TOKEN_FILE, so it never called STS: its credential chain falls through to the instance metadata service (IMDS) and the node role.',
  };
}

function fail(
  base: Omit<PodToStsStep, 'ok' | 'checks' | 'error' | 'errorResponse' | 'request'> & {
    request: HttpRequest;
  },
  checks: Check[],
  error: PodToStsStep['error'] & object,
  now: Date,
): PodToStsStep {
  return {
    ...base,
    ok: false,
    checks,
    error,
    errorResponse: stsErrorResponse(error, base.requestId, now),
  };
}
