import { describe, expect, it } from 'vitest';
import { fixedClock } from './clock';
import { deterministicEnvironment } from './deterministic';
import { formatHttpRequest, headerValue, utf8Length } from './http';
import { prepareWorld } from './prepare-world';
import { runAll } from './run';
import { sendAssumeRoleWithWebIdentity } from './sts/send-assume-role-with-web-identity';
import type { RunRecord } from './run-record';
import { handleListBuckets } from './s3/handle-list-buckets';
import { DEFAULT_SCENARIO, withWiring } from './scenario';

const env = deterministicEnvironment();
const happy = (): Promise<RunRecord> => runAll(DEFAULT_SCENARIO, env);

describe('STS AssumeRoleWithWebIdentity', () => {
  it("the SDK's default chain never sends DurationSeconds; the AWS CLI sends what it is asked for", async () => {
    const long = { ...DEFAULT_SCENARIO, sessionDurationSeconds: 7200 };
    const sdk = await runAll(long, env);
    expect(sdk.steps['pod-to-sts']!.params.map(([name]) => name)).not.toContain('DurationSeconds');
    expect(sdk.steps['sts-to-pod']!.ok).toBe(true);
    expect(
      Date.parse(sdk.steps['sts-to-pod']!.credentials!.Expiration) - env.clock.now().getTime(),
    ).toBe(3600_000);
    const cli = await runAll(withWiring(long, { caller: 'aws-cli' }), env);
    expect(cli.steps['pod-to-sts']!.params).toContainEqual(['DurationSeconds', '7200']);
    expect(cli.steps['pod-to-sts']!.params).toContainEqual(['RoleSessionName', 'aws-cli-session']);
  });

  it('refuses a token over 20 000 characters with the ValidationError, ending at the limit', async () => {
    const world = await prepareWorld(DEFAULT_SCENARIO, env);
    const token = world.kubernetes.token!;
    const long = { ...token, compact: `${token.compact}${'A'.repeat(20_001)}` };
    const sent = sendAssumeRoleWithWebIdentity(
      { ...world, kubernetes: { ...world.kubernetes, token: long } },
      env,
    );
    expect(sent.error).toMatchObject({
      awsCode: 'ValidationError',
      httpStatus: 400,
      message:
        "1 validation error detected: Value at 'webIdentityToken' failed to satisfy constraint: Member must have length less than or equal to 20000",
    });
  });

  it('is an unsigned, form-encoded POST to the regional endpoint, as botocore sends it', async () => {
    const run = await happy();
    const req = run.steps['pod-to-sts']!.request!;
    expect(formatHttpRequest(req).split('\n').slice(0, 4)).toEqual([
      'POST / HTTP/1.1',
      'Host: sts.us-west-2.amazonaws.com',
      'Content-Type: application/x-www-form-urlencoded; charset=utf-8',
      `Content-Length: ${utf8Length(req.body)}`,
    ]);
    expect(req.body).toMatch(
      /^Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111122223333%3Arole%2Fs3-reader&RoleSessionName=botocore-session-1795867200&WebIdentityToken=eyJ[\w-]+\.[\w-]+\.[\w-]+$/,
    );
    expect(headerValue(req.headers, 'authorization')).toBeUndefined();
  });

  it('answers with credentials, the subject, the audience and the provider ARN', async () => {
    const run = await happy();
    const { credentials } = run.steps['sts-to-pod']!;
    const response = run.steps['sts-to-pod']!.response!;
    expect(response.status).toBe(200);
    expect(credentials!.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(credentials!.SecretAccessKey).toHaveLength(40);
    expect(credentials!.Expiration).toBe('2026-11-28T13:00:00Z');
    const body = response.body;
    expect(body).toContain(
      '<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
    );
    expect(body).toContain(
      '<SubjectFromWebIdentityToken>system:serviceaccount:default:my-service-account</SubjectFromWebIdentityToken>',
    );
    expect(body).toContain('<Audience>sts.amazonaws.com</Audience>');
    expect(body).toContain(
      '<Provider>arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/5E1D2A3C4B6F7089A1B2C3D4E5F60718</Provider>',
    );
    expect(body).toContain(
      '<Arn>arn:aws:sts::111122223333:assumed-role/s3-reader/botocore-session-1795867200</Arn>',
    );
    expect(body).toMatch(
      /<AssumedRoleId>AROA[A-Z2-7]{17}:botocore-session-1795867200<\/AssumedRoleId>/,
    );
    expect(body).toContain(
      `<RequestId>${headerValue(response.headers, 'x-amzn-RequestId')}</RequestId>`,
    );
  });
});

describe('S3 ListBuckets', () => {
  it('signs host, x-amz-content-sha256, x-amz-date and x-amz-security-token and lists the buckets', async () => {
    const run = await happy();
    const s3 = run.steps['pod-to-s3']!;
    expect(headerValue(s3.request.headers, 'authorization')).toMatch(
      /^AWS4-HMAC-SHA256 Credential=ASIA[A-Z2-7]{16}\/20261128\/us-west-2\/s3\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}$/,
    );
    expect(s3.response.body).toContain(
      '<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">',
    );
    expect(s3.bucketNames).toEqual(DEFAULT_SCENARIO.bucketNames);
  });

  const tamper = async (
    change: (headers: [string, string][]) => [string, string][],
    clock = env.clock,
  ) => {
    const run = await happy();
    const request = {
      ...run.steps['pod-to-s3']!.request,
      headers: change(run.steps['pod-to-s3']!.request.headers),
    };
    return handleListBuckets(run.world!, run.steps['sts-to-pod']!, request, { ...env, clock });
  };
  const replace = (name: string, f: (v: string) => string) => (headers: [string, string][]) =>
    headers.map(([n, v]): [string, string] => [n, n === name ? f(v) : v]);

  it.each([
    [
      'a changed signature',
      replace('Authorization', (v) => v.replace(/.$/, (c) => (c === '0' ? '1' : '0'))),
      'SignatureDoesNotMatch',
      403,
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    ],
    [
      'a changed date after signing',
      replace('X-Amz-Date', () => '20261128T120001Z'),
      'SignatureDoesNotMatch',
      403,
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    ],
    [
      'another session token',
      replace('X-Amz-Security-Token', (v) => `x${v.slice(1)}`),
      'InvalidToken',
      400,
      'The provided token is malformed or otherwise invalid.',
    ],
    [
      'an unknown access key',
      replace('Authorization', (v) =>
        v.replace(/Credential=ASIA\w{16}/, 'Credential=ASIAAAAAAAAAAAAAAAAA'),
      ),
      'InvalidAccessKeyId',
      403,
      'The AWS Access Key Id you provided does not exist in our records.',
    ],
  ])('rejects %s', async (_what, change, awsCode, status, message) => {
    const answer = await tamper(change);
    expect(answer.error).toMatchObject({ awsCode, httpStatus: status, message, hop: 'pod-to-s3' });
    expect(answer.response.status).toBe(status);
    expect(answer.response.body).toContain(`<Error><Code>${awsCode}</Code><Message>`);
  });

  it('rejects an expired session', async () => {
    const answer = await tamper((h) => h, fixedClock('2026-11-28T13:00:01Z'));
    expect(answer.error).toMatchObject({
      awsCode: 'ExpiredToken',
      message: 'The provided token has expired.',
    });
  });
});
