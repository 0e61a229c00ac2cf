import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../content/scenarios';
import { parseFragment } from '../lib/url-state';
import { findByErrorMessage, MAX_PASTE_CHARS } from './find-by-error';

// Names from someone else's cluster: other account, regions, OIDC ids, request ids and clocks.
const ISSUER = 'https://oidc.eks.eu-central-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90';
const ISSUER_SYDNEY =
  'https://oidc.eks.ap-southeast-2.amazonaws.com/id/0F9E8D7C6B5A49382716F5E4D3C2B1A0';
const REQUEST_ID = 'c9a1b2d3-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const NO_PROVIDER = `No OpenIDConnect provider found in your account for ${ISSUER}`;
const NO_PROVIDER_IDS = [
  'no-oidc-provider',
  'cluster-recreated-old-oidc-id',
  'cross-account-no-provider',
];
const NO_KEY =
  "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements";
const DENIED = 'Not authorized to perform sts:AssumeRoleWithWebIdentity';
const TRUST_IDS = [
  'sub-other-namespace',
  'sub-other-service-account',
  'wildcard-in-string-equals',
  'trust-key-is-provider-arn',
  'trust-aud-instead-of-sub',
  'trust-two-clusters-one-statement',
];
const NODE_ROLE_IDS = [
  'annotation-key-typo',
  'pod-created-before-annotation',
  'webhook-missed-pod',
  'sdk-ignores-web-identity',
];
const NODE_SESSION =
  'arn:aws:sts::123456789012:assumed-role/eksctl-prod-nodegroup-ng-1-NodeInstanceRole-1X2Y3Z4W5V6U/i-0a1b2c3d4e5f67890';
const APP_SESSION = 'arn:aws:sts::123456789012:assumed-role/orders-api/botocore-session-1717171717';
const NOT_LISTED =
  'is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action';
const TOKEN_PATH = '/var/run/secrets/eks.amazonaws.com/serviceaccount/token';
// SDK wrappings, as each prints an AWS error.
const boto = (code: string, operation: string, message: string) =>
  `botocore.exceptions.ClientError: An error occurred (${code}) when calling the ${operation} operation: ${message}`;
const goV1 = (code: string, message: string) =>
  `WebIdentityErr: failed to retrieve credentials\ncaused by: ${code}: ${message}\n\tstatus code: 400, request id: ${REQUEST_ID}`;
const goV2 = (operation: string, status: number, code: string, message: string) =>
  `failed to refresh cached credentials, operation error ${operation.startsWith('Assume') ? 'STS' : 'S3'}: ${operation}, https response error StatusCode: ${status}, RequestID: ${REQUEST_ID}, api error ${code}: ${message}`;
const javaV2 = (exception: string, message: string) =>
  `software.amazon.awssdk.services.sts.model.${exception}: ${message} (Service: Sts, Status Code: 400, Request ID: ${REQUEST_ID})`;
const javaV1 = (code: string, message: string) =>
  `com.amazonaws.services.securitytoken.model.${code}Exception: ${message} (Service: AWSSecurityTokenService; Status Code: 400; Error Code: ${code}; Request ID: ${REQUEST_ID}; Proxy: null)`;
const xml = (code: string, message: string) =>
  `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <Error>\n    <Type>Sender</Type>\n    <Code>${code}</Code>\n    <Message>${message}</Message>\n  </Error>\n  <RequestId>${REQUEST_ID}</RequestId>\n</ErrorResponse>`;
const WEB_IDENTITY = 'AssumeRoleWithWebIdentity';

/** What each scenario must rank first for, by the form it was pasted in. */
interface Expectation {
  first: string;
  /** Ids that share the best score (the same message): all must be there. */
  tied?: string[];
  /** Ids that must not share the best score. */
  below?: string[];
  pastes: Record<string, string>;
}

const EXPECTATIONS: Expectation[] = [
  {
    first: 'no-oidc-provider',
    tied: NO_PROVIDER_IDS,
    pastes: {
      'bare message': NO_PROVIDER,
      'bare message, cut before the issuer': 'No OpenIDConnect provider found in your account',
      botocore: boto(
        'InvalidIdentityToken',
        WEB_IDENTITY,
        NO_PROVIDER.replace(ISSUER, ISSUER_SYDNEY),
      ),
      'Go v1': goV1('InvalidIdentityToken', NO_PROVIDER),
      'Go v2': goV2(WEB_IDENTITY, 400, 'InvalidIdentityToken', NO_PROVIDER),
      'Java v2': javaV2('InvalidIdentityTokenException', NO_PROVIDER),
      'Java v1': javaV1('InvalidIdentityToken', NO_PROVIDER),
      'JS v3': `InvalidIdentityToken: ${NO_PROVIDER}\n    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)`,
      'STS XML': xml('InvalidIdentityToken', NO_PROVIDER),
    },
  },
  {
    first: 'provider-client-id-typo',
    tied: ['provider-client-id-typo', 'token-audience-annotation-typo'],
    pastes: {
      botocore: boto('InvalidIdentityToken', WEB_IDENTITY, 'Incorrect token audience'),
      'Go v2': goV2(WEB_IDENTITY, 400, 'InvalidIdentityToken', 'Incorrect token audience'),
    },
  },
  {
    first: 'expired-token',
    below: ['session-credentials-not-refreshed'],
    pastes: {
      botocore: boto(
        'ExpiredTokenException',
        WEB_IDENTITY,
        `Token expired: current date/time 1717171717 must be before the expiration date/time 1717085317`,
      ),
      'Java v2': javaV2(
        'ExpiredTokenException',
        'Token expired: current date/time 1700000000 must be before the expiration date/time 1699913600',
      ),
    },
  },
  {
    first: 'rotated-signing-key',
    tied: ['rotated-signing-key', 'jwks-unreachable'],
    pastes: {
      botocore: boto('InvalidIdentityToken', WEB_IDENTITY, NO_KEY),
      'bare message, spaces collapsed': NO_KEY.replace(/ {2}/, ' '),
      'log lines around botocore': `2024-06-01T09:15:02.123Z ERROR [worker-7] sync failed\nTraceback (most recent call last):\n  File "/app/sync.py", line 42, in main\n${boto('InvalidIdentityToken', WEB_IDENTITY, NO_KEY)}\n2024-06-01T09:15:03.001Z INFO retrying in 5s`,
    },
  },
  {
    first: 'payload-tampered',
    tied: ['payload-tampered', 'attack-alg-none', 'attack-hs256-public-key'],
    pastes: {
      botocore: boto(
        'InvalidIdentityToken',
        WEB_IDENTITY,
        'The web identity token that was passed could not be validated by Amazon Web Services. Get a new identity token from the identity provider and then retry the request.',
      ),
    },
  },
  {
    first: 'sub-other-namespace',
    tied: TRUST_IDS,
    pastes: {
      botocore: boto('AccessDenied', WEB_IDENTITY, DENIED),
      'Go v2': goV2(WEB_IDENTITY, 403, 'AccessDenied', DENIED),
      'Java v2, StsException names no code': javaV2('StsException', DENIED),
      'STS XML': xml('AccessDenied', DENIED),
    },
  },
  {
    first: 'malformed-role-arn',
    pastes: { botocore: boto('ValidationError', WEB_IDENTITY, 'Request ARN is invalid') },
  },
  {
    first: 'duration-above-max',
    pastes: {
      'AWS CLI': `\nAn error occurred (ValidationError) when calling the ${WEB_IDENTITY} operation: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.`,
    },
  },
  {
    first: 'annotation-key-typo',
    tied: NODE_ROLE_IDS,
    below: ['missing-list-permission', 'static-keys-in-environment'],
    pastes: {
      'botocore, node role': boto(
        'AccessDenied',
        'ListBuckets',
        `User: ${NODE_SESSION} ${NOT_LISTED}`,
      ),
      'Go v2, node role': goV2(
        'ListBuckets',
        403,
        'AccessDenied',
        `User: ${NODE_SESSION} ${NOT_LISTED}`,
      ).replace('RequestID', 'HostID: lXD8rI2Xa2kV7Vp6dQk5mZQ0fYbq1Hk0Ea8W9JqS4yTn2c=, RequestID'),
    },
  },
  {
    first: 'missing-list-permission',
    below: ['annotation-key-typo', 'static-keys-in-environment'],
    pastes: { 'bare message, the app role': `User: ${APP_SESSION} ${NOT_LISTED}` },
  },
  {
    first: 'static-keys-in-environment',
    below: ['annotation-key-typo', 'missing-list-permission'],
    pastes: {
      'botocore, an IAM user': boto(
        'AccessDenied',
        'ListBuckets',
        `User: arn:aws:iam::123456789012:user/ci-bot ${NOT_LISTED}`,
      ),
    },
  },
  {
    first: 'sdk-ignores-web-identity',
    pastes: {
      'Java v2 (alsoSeenAs)': `software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(), EnvironmentVariableCredentialsProvider(), WebIdentityTokenCredentialsProvider()]) : [SystemPropertyCredentialsProvider(): Unable to load credentials from system settings., EnvironmentVariableCredentialsProvider(): Unable to load credentials from system settings., WebIdentityTokenCredentialsProvider(): To use web identity tokens, the 'sts' service module must be on the class path.]`,
    },
  },
  {
    first: 'explicit-deny',
    pastes: {
      botocore: boto(
        'AccessDenied',
        'ListBuckets',
        `User: ${APP_SESSION} is not authorized to perform: s3:ListAllMyBuckets with an explicit deny in an identity-based policy`,
      ),
    },
  },
  {
    first: 's3-missing-session-token',
    pastes: {
      botocore: boto(
        'InvalidAccessKeyId',
        'ListBuckets',
        'The AWS Access Key Id you provided does not exist in our records.',
      ),
      'S3 XML': `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>ASIAQ3EGRIJ2EXAMPLE7</AWSAccessKeyId><RequestId>3B3C7C725673C630</RequestId><HostId>vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=</HostId></Error>`,
      'a code alone': 'InvalidAccessKeyId',
    },
  },
  {
    first: 'session-credentials-not-refreshed',
    below: ['expired-token'],
    pastes: { botocore: boto('ExpiredToken', 'ListBuckets', 'The provided token has expired.') },
  },
  {
    first: 'role-chains-to-itself',
    pastes: {
      'botocore, AssumeRole': boto(
        'AccessDenied',
        'AssumeRole',
        `User: ${APP_SESSION} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/orders-api`,
      ),
    },
  },
  {
    first: 'global-sts-private-cluster',
    pastes: {
      'botocore exception':
        'botocore.exceptions.ConnectTimeoutError: Connect timeout on endpoint URL: "https://sts.amazonaws.com/"',
      'Go v1 (alsoSeenAs)':
        'WebIdentityErr: failed to retrieve credentials\ncaused by: RequestError: send request failed\ncaused by: Post "https://sts.amazonaws.com/": dial tcp 52.46.159.22:443: i/o timeout',
    },
  },
  {
    first: 'token-file-unreadable',
    pastes: {
      Python: `PermissionError: [Errno 13] Permission denied: '${TOKEN_PATH}'`,
      'Go v1 (alsoSeenAs)': `WebIdentityErr: unable to read file at ${TOKEN_PATH}\ncaused by: open ${TOKEN_PATH}: permission denied`,
    },
  },
  {
    first: 'sts-throttling',
    pastes: {
      'botocore, retries': `An error occurred (Throttling) when calling the ${WEB_IDENTITY} operation (reached max retries: 4): Rate exceeded`,
      'Go v2 (alsoSeenAs)': goV2(WEB_IDENTITY, 400, 'Throttling', 'Rate exceeded').replace(
        'https',
        'exceeded maximum number of attempts, 3, https',
      ),
    },
  },
];

const ROWS = EXPECTATIONS.flatMap(({ pastes, ...expected }) =>
  Object.entries(pastes).map(([form, pasted]) => ({ form, pasted, ...expected })),
);

/** The ids that share the best score. */
function topIds(pasted: string): string[] {
  const { matches } = findByErrorMessage(pasted);
  return matches.filter((m) => m.score === matches[0]?.score).map((m) => m.id);
}

describe('findByErrorMessage', () => {
  it('has a row per form and at least 30 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(ROWS.map((r, i) => [`${i + 1}. ${r.first} (${r.form})`, r] as const))(
    '%s',
    (_name, row) => {
      const { matches, closestCodes } = findByErrorMessage(row.pasted);
      expect(matches[0]?.id).toBe(row.first);
      expect(closestCodes).toEqual([]);
      const top = topIds(row.pasted);
      for (const id of row.tied ?? []) expect(top).toContain(id);
      for (const id of row.below ?? []) expect(top).not.toContain(id);
    },
  );

  it('ranks best first, ties in catalogue order, each with its step, code, cause and link', () => {
    const { matches } = findByErrorMessage(
      boto('AccessDenied', 'AssumeRoleWithWebIdentity', DENIED),
    );
    const order = CATALOGUE.map((e) => e.id);
    for (let i = 1; i < matches.length; i++) {
      const [a, b] = [matches[i - 1]!, matches[i]!];
      expect(a.score).toBeGreaterThanOrEqual(b.score);
      if (a.score === b.score) expect(order.indexOf(a.id)).toBeLessThan(order.indexOf(b.id));
    }
    const [first] = findByErrorMessage(NO_PROVIDER).matches;
    expect(first).toMatchObject({
      id: 'no-oidc-provider',
      title: 'No IAM OIDC provider for the cluster',
      step: 2,
      awsCode: 'InvalidIdentityToken',
      cause:
        "STS looks up the token's issuer among the IAM OIDC identity providers of the role's account.",
      href: '#scenario=no-oidc-provider&step=2',
    });
    expect(parseFragment(first!.href)).toMatchObject({
      route: 'explore',
      scenario: 'no-oidc-provider',
      step: 2,
    });
  });

  it.each([
    {
      name: 'a permission the catalogue never misses',
      pasted: boto(
        'AccessDeniedException',
        'GetSecretValue',
        `User: ${APP_SESSION} is not authorized to perform: secretsmanager:GetSecretValue on resource: prod/db because no identity-based policy allows the secretsmanager:GetSecretValue action`,
      ),
      closest: 'AccessDenied',
    },
    {
      name: 'a message STS never sends',
      pasted: boto('InvalidIdentityToken', 'AssumeRoleWithWebIdentity', 'The issuer is on holiday'),
      closest: 'InvalidIdentityToken',
    },
    {
      name: 'a misspelt Java exception',
      pasted: 'ExpiredTokenExceptoin: the token went stale',
      closest: 'ExpiredTokenException',
    },
    { name: "S3's short message", pasted: 'Access Denied', closest: 'AccessDenied' },
    {
      name: 'an S3 code the catalogue has not',
      pasted: boto('NoSuchBucket', 'ListObjectsV2', 'The specified bucket does not exist'),
      closest: undefined,
    },
    { name: 'plain words', pasted: 'hello world', closest: undefined },
  ])('$name: no scenario, closest code $closest', ({ pasted, closest }) => {
    const { matches, closestCodes } = findByErrorMessage(pasted);
    expect(matches).toEqual([]);
    if (closest) expect(closestCodes[0]).toBe(closest);
    else expect(closestCodes.length).toBeLessThanOrEqual(3);
  });

  it('answers nothing, without error, for empty or blank text', () => {
    expect(findByErrorMessage('')).toEqual({ matches: [], closestCodes: [] });
    expect(findByErrorMessage('  \n\t ')).toEqual({ matches: [], closestCodes: [] });
  });

  it(`reads only the first ${MAX_PASTE_CHARS} characters of a megabyte paste, quickly`, () => {
    const start = performance.now();
    const huge = findByErrorMessage(`${NO_PROVIDER}\n${'x'.repeat(1 << 20)}`);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(huge.matches[0]?.id).toBe('no-oidc-provider');
    expect(findByErrorMessage(`${'x '.repeat(MAX_PASTE_CHARS)}${NO_PROVIDER}`).matches).toEqual([]);
  });
});
