import { createHash, createHmac } from 'node:crypto';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { expect, test } from './fixtures';

const body = (http: string) => http.slice(http.indexOf('\n\n') + 2);

test('the token shown verifies with jose against the JWKS shown, and has EKS’s exact shape', async ({
  irsa,
}) => {
  await irsa.open('#step=3'); // fresh keys, generated in this browser
  await irsa.expectStep(3);
  const token = (await irsa.artifactText('token')).trim();
  const jwks = JSON.parse(body(await irsa.artifactText('jwks-response'))) as JSONWebKeySet;
  const discovery = JSON.parse(body(await irsa.artifactText('discovery-response'))) as {
    issuer: string;
    jwks_uri: string;
  };

  const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), {
    issuer: discovery.issuer,
    audience: 'sts.amazonaws.com',
    algorithms: ['RS256'],
  });
  expect(Object.keys(decodeProtectedHeader(token))).toEqual(['alg', 'kid']);
  expect(decodeProtectedHeader(token).kid).toMatch(/^[0-9a-f]{40}$/);
  // Kubernetes 1.30 and later (every EKS version in support) add jti and kubernetes.io.node.
  expect(Object.keys(payload)).toEqual([
    'aud',
    'exp',
    'iat',
    'iss',
    'jti',
    'kubernetes.io',
    'nbf',
    'sub',
  ]);
  expect(Object.keys(payload['kubernetes.io'] as object)).toEqual([
    'namespace',
    'node',
    'pod',
    'serviceaccount',
  ]);
  expect(payload.aud).toEqual(['sts.amazonaws.com']);
  expect(payload.exp! - payload.iat!).toBe(86400);
  expect(payload.nbf).toBe(payload.iat);
  expect(payload.iss).toMatch(/^https:\/\/oidc\.eks\.us-west-2\.amazonaws\.com\/id\/[0-9A-F]{32}$/);
  expect(payload.sub).toBe('system:serviceaccount:default:my-service-account');
  expect(discovery.jwks_uri).toBe(`${discovery.issuer}/keys`);
});

test('the S3 signature recomputes from the request shown and the SecretAccessKey STS returned', async ({
  irsa,
}) => {
  await irsa.open('#step=5');
  await irsa.expectStep(5);
  const secret = /<SecretAccessKey>([^<]+)<\/SecretAccessKey>/.exec(
    await irsa.artifactText('sts-response'),
  )![1]!;
  await irsa.next.click();
  await irsa.expectStep(6);
  const request = await irsa.artifactText('s3-request');

  // An independent SigV4 (node:crypto), written from the AWS documentation.
  const [requestLine, ...headerLines] = request.split('\n\n')[0]!.split('\n');
  const headers = headerLines.map(
    (l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()] as const,
  );
  const authorization = headers.find(([n]) => n === 'authorization')![1];
  const [, accessKey, date, region, service, signedHeaders, signature] =
    /^AWS4-HMAC-SHA256 Credential=(\w+)\/(\d{8})\/([\w-]+)\/(\w+)\/aws4_request, SignedHeaders=([\w;-]+), Signature=([0-9a-f]{64})$/.exec(
      authorization,
    )!;
  expect(accessKey).toMatch(/^ASIA/);
  expect(signedHeaders).toBe('host;x-amz-content-sha256;x-amz-date;x-amz-security-token');
  const [method, target] = requestLine!.split(' ');
  const signed = signedHeaders!.split(';');
  const canonical = [
    method,
    target,
    '',
    ...signed.map((n) => `${n}:${headers.find(([h]) => h === n)![1]}`),
    '',
    signedHeaders,
    createHash('sha256').update('').digest('hex'),
  ].join('\n');
  const amzDate = headers.find(([n]) => n === 'x-amz-date')![1];
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    amzDate,
    scope,
    createHash('sha256').update(canonical).digest('hex'),
  ].join('\n');
  const hmac = (key: string | Buffer, data: string) =>
    createHmac('sha256', key).update(data).digest();
  const key = [date!, region!, service!, 'aws4_request'].reduce<Buffer | string>(
    (k, part) => hmac(k, part),
    `AWS4${secret}`,
  );
  expect(createHmac('sha256', key).update(stringToSign).digest('hex')).toBe(signature);
  expect(await irsa.artifactText('canonical-request')).toBe(canonical);
});
