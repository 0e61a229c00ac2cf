import { epochSeconds } from '../clock';
import { formDecode, formEncode, utf8Length, type HttpRequest } from '../http';
import { GLOBAL_STS_HOST, parseRoleArn, stsHost } from '../names';
import type { World } from '../prepare-world';
import type { Check, SimError } from '../result';
import type { RunEnvironment } from '../run-environment';
import type { PodToStsStep } from '../steps';
import { clientErrors } from '../sdk/client-errors';
import { tokenFileAccess } from '../sdk/read-token-file';
import { credentialChain, sdkCredentialSource } from '../kubernetes/credential-source';
import { stsErrors } from './errors';
import { stsErrorResponse } from './responses';

const HOP = 'pod-to-sts';

/**
 * Step 1. The AWS SDK in the pod (botocore here) walks its credential chain to the web-identity
 * provider, reads the token file and sends an unsigned, form-encoded AssumeRoleWithWebIdentity to
 * STS. STS checks the parameters it received. Some failures happen before STS answers: the file
 * cannot be read, or the endpoint cannot be reached (hop `in-pod`).
 */
export function sendAssumeRoleWithWebIdentity(world: World, env: RunEnvironment): PodToStsStep {
  const ids = env.ids('sts');
  const now = env.clock.now();
  const { scenario, kubernetes } = world;
  const { wiring } = scenario;
  const environment = new Map(
    (kubernetes.mutation?.pod.spec.containers[0]?.env ?? []).map((e) => [e.name, e.value]),
  );
  const roleArn = environment.get('AWS_ROLE_ARN') ?? '';
  const tokenFile = environment.get('AWS_WEB_IDENTITY_TOKEN_FILE') ?? '';
  const region = environment.get('AWS_REGION') ?? scenario.region;
  // Without AWS_STS_REGIONAL_ENDPOINTS=regional botocore before 1.40.0 calls the global
  // endpoint (boto/boto3#4583: 1.40.0 made regional the default).
  const regional = environment.get('AWS_STS_REGIONAL_ENDPOINTS') === 'regional';
  const host = regional ? stsHost(region) : GLOBAL_STS_HOST;
  const cli = wiring.caller === 'aws-cli';
  // botocore names the session itself; the CLI's caller must pass --role-session-name.
  const roleSessionName = cli ? 'aws-cli-session' : `botocore-session-${epochSeconds(now)}`;
  const requestId = ids.uuid();
  const sdk = { roleArn, tokenFile, endpoint: `https://${host}/`, roleSessionName };
  const source = sdkCredentialSource(world);
  if (source !== 'web-identity') return skipStsCall(world, source, requestId, sdk);

  const checks: Check[] = [];
  const access = tokenFileAccess(scenario);
  checks.push({
    id: 'token-file-readable',
    label: 'The SDK can read the token file',
    passed: access.readable,
    expected: `readable by ${access.reader}`,
    actual: `${tokenFile}: ${access.mode}`,
  });
  const base = { sdk: { credentialSource: source, ...sdk }, params: [], requestId };
  if (!access.readable)
    return clientFailure(
      { ...base, request: null },
      checks,
      clientErrors.tokenFileUnreadable(tokenFile),
    );

  const token = kubernetes.token?.compact ?? '';
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
  const sent = { ...base, params, request };

  // A private cluster reaches STS only through the regional VPC endpoint (com.amazonaws.<region>.sts).
  const reachable = !(wiring.privateCluster && host === GLOBAL_STS_HOST);
  checks.push({
    id: 'sts-endpoint-reachable',
    label: "The pod's network reaches the STS endpoint",
    passed: reachable,
    expected: wiring.privateCluster
      ? `${stsHost(region)} (the VPC endpoint; the nodes have no internet route)`
      : host,
    actual: reachable ? host : `${host}: no route, the TCP connection times out`,
  });
  if (!reachable) return clientFailure(sent, checks, clientErrors.connectTimeout(sdk.endpoint));

  checks.push({
    id: 'sts-rate',
    label: "STS accepts the call (the account's request rate is under its quota)",
    passed: !wiring.stsThrottled,
    expected: 'under the AssumeRoleWithWebIdentity rate quota',
    actual: wiring.stsThrottled ? 'too many calls at once: throttled' : 'under the quota',
  });
  if (wiring.stsThrottled) return fail(sent, checks, stsErrors.throttled(HOP), now);

  const received = new Map(formDecode(body));
  const receivedArn = received.get('RoleArn') ?? '';
  const receivedToken = received.get('WebIdentityToken') ?? '';
  const arnOk = parseRoleArn(receivedArn) !== null;
  checks.push({
    id: 'role-arn-format',
    label: 'RoleArn is a well-formed IAM role ARN',
    passed: arnOk,
    expected: 'arn:aws:iam::<12-digit account>:role/<name>',
    actual: receivedArn || '(empty)',
  });
  if (!arnOk) return fail(sent, checks, stsErrors.roleArnInvalid(HOP), now);

  const lengthOk = receivedToken.length >= 4 && receivedToken.length <= 20000;
  checks.push({
    id: 'token-length',
    label: 'WebIdentityToken length is within 4–20000 characters',
    passed: lengthOk,
    expected: '4–20000',
    actual: String(receivedToken.length),
  });
  if (!lengthOk) return fail(sent, checks, stsErrors.tokenTooLong(HOP), now);
  return { ...sent, ok: true, checks, error: null, errorResponse: null };
}

/**
 * The SDK's chain stopped before web identity (static keys in the environment) or went past it
 * (no variables, or an SDK without the provider): it never calls STS.
 */
function skipStsCall(
  world: World,
  source: 'environment' | 'instance-metadata',
  requestId: string,
  sdk: Omit<PodToStsStep['sdk'], 'credentialSource'>,
): PodToStsStep {
  const chain = credentialChain(world);
  return {
    sdk: { ...sdk, credentialSource: source, endpoint: '', roleSessionName: '' },
    request: null,
    params: [],
    requestId,
    ok: true,
    checks: chain
      .map((link, i) => ({
        id: `credential-chain-${i + 1}`,
        label: `Credential chain ${i + 1}: ${link.provider}`,
        passed: link.found,
        expected: i === chain.length - 1 ? 'credentials found: the SDK uses these' : 'credentials',
        actual: link.detail,
        note:
          link.found && source === 'environment'
            ? 'Environment keys come first in the chain: web identity is never tried.'
            : undefined,
      }))
      .map(({ note, ...check }) => (note ? { ...check, note } : check)),
    error: null,
    errorResponse: null,
    skipped:
      source === 'environment'
        ? 'The SDK found AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in its environment, the first link of its credential chain, so it never called STS: every call is made as the IAM user those keys belong to.'
        : 'The SDK did not use web identity (see the credential chain), so it never called STS: its chain falls through to the instance metadata service (IMDS) and the node role.',
  };
}

/** STS answered with an error. */
function fail(
  sent: Omit<PodToStsStep, 'ok' | 'checks' | 'error' | 'errorResponse'>,
  checks: Check[],
  error: SimError,
  now: Date,
): PodToStsStep {
  return {
    ...sent,
    ok: false,
    checks,
    error,
    errorResponse: stsErrorResponse(error, sent.requestId, now),
  };
}

/** The SDK failed inside the pod: no AWS service answered, so there is no error response. */
function clientFailure(
  sent: Omit<PodToStsStep, 'ok' | 'checks' | 'error' | 'errorResponse'>,
  checks: Check[],
  error: SimError,
): PodToStsStep {
  return { ...sent, ok: false, checks, error, errorResponse: null };
}
