/**
 * The mechanics behind the failures people hit in the field (docs/aws-facts.md): the SDK's
 * credential chain, failures inside the pod, a private issuer bucket, a chained AssumeRole, and
 * the fields S3 adds to its error bodies.
 */
import { describe, expect, it } from 'vitest';
import { deterministicEnvironment } from './deterministic';
import { headerValue } from './http';
import { credentialChain, sdkCredentialSource } from './kubernetes/credential-source';
import { prepareWorld } from './prepare-world';
import { runAll } from './run';
import { handleListBuckets } from './s3/handle-list-buckets';
import { DEFAULT_SCENARIO, withWiring, type Scenario, type Wiring } from './scenario';
import { tokenFileAccess } from './sdk/read-token-file';

const env = deterministicEnvironment();
const run = (wiring: Partial<Wiring>, names: Partial<Scenario> = {}) =>
  runAll(withWiring({ ...DEFAULT_SCENARIO, ...names }, wiring), env);

describe("the SDK's credential chain (botocore's order)", () => {
  it('uses web identity when the webhook set both variables', async () => {
    const world = await prepareWorld(DEFAULT_SCENARIO, env);
    expect(sdkCredentialSource(world)).toBe('web-identity');
    expect(credentialChain(world).map((l) => l.found)).toEqual([false, true]);
  });

  it('takes environment keys first, even when the pod also has web identity', async () => {
    const world = await prepareWorld(
      withWiring(DEFAULT_SCENARIO, { staticKeysInEnvironment: true }),
      env,
    );
    expect(world.kubernetes.mutation).not.toBeNull();
    expect(sdkCredentialSource(world)).toBe('environment');
    const result = await run({ staticKeysInEnvironment: true });
    expect(result.steps['pod-to-sts']!.request).toBeNull();
    expect(result.steps['sts-to-pod']!.response).toBeNull();
    // Long-term user keys: S3 asks for no session token and checks the user's own policy.
    const s3 = result.steps['pod-to-s3']!;
    expect(headerValue(s3.request.headers, 'X-Amz-Security-Token')).toBeUndefined();
    expect(s3.signing.authorization).toMatch(/Credential=AKIA[A-Z2-7]{16}\//);
    expect(s3.error?.message).toContain(':user/legacy-deployer is not authorized');
  });

  it('falls through to IMDS when the SDK has no web-identity provider', async () => {
    const world = await prepareWorld(
      withWiring(DEFAULT_SCENARIO, { sdkSupportsWebIdentity: false }),
      env,
    );
    const chain = credentialChain(world);
    expect(chain.at(-1)?.provider).toBe('Instance metadata (IMDS)');
    expect(chain[1]?.detail).toContain('no web-identity provider');
    const result = await run({ sdkSupportsWebIdentity: false });
    expect(result.steps['sts-to-pod']!.imdsRequest?.target).toBe(
      '/latest/meta-data/iam/security-credentials/eks-node-role',
    );
  });
});

describe('failures inside the pod: no AWS service answers', () => {
  it('a private cluster cannot reach global STS: the request was sent, nothing came back', async () => {
    const result = await run({ privateCluster: true, stsEndpoint: 'global' });
    const step = result.steps['pod-to-sts']!;
    expect(headerValue(step.request!.headers, 'Host')).toBe('sts.amazonaws.com');
    expect(step.error).toMatchObject({ hop: 'in-pod', awsCode: 'ConnectTimeoutError' });
    expect(step.errorResponse).toBeNull();
    expect(result.steps['sts-to-iam']).toBeNull();
    // The same private cluster with the regional endpoint (its VPC endpoint) works.
    const regional = await run({ privateCluster: true });
    expect(regional.steps['pod-to-s3']!.ok).toBe(true);
  });

  it('before Kubernetes 1.19 only root (or the fsGroup) can read the token file', () => {
    const old = { ...DEFAULT_SCENARIO, kubernetesVersion: '1.18' };
    const nonRoot = (s: Scenario, fsGroup: number | null = null) =>
      tokenFileAccess(withWiring(s, { containerRunsAsNonRoot: true, podFsGroup: fsGroup }));
    expect(tokenFileAccess(old).readable).toBe(true);
    expect(nonRoot(old)).toMatchObject({ readable: false, mode: '0600, owned by root' });
    expect(nonRoot(old, 65534).readable).toBe(true);
    expect(nonRoot({ ...old, kubernetesVersion: '1.19' }).readable).toBe(true);
  });
});

describe('the issuer, the provider and the role across accounts and clusters', () => {
  it('a private issuer bucket answers STS with S3 403 AccessDenied and the JWKS is never fetched', async () => {
    const result = await run({ issuerHosting: 'private-s3-bucket' });
    const step = result.steps['iam-to-oidc']!;
    expect(step.discovery!.request.target).toBe('/.well-known/openid-configuration');
    expect(headerValue(step.discovery!.request.headers, 'Host')).toBe(
      'oidc-issuer-111122223333.s3.us-west-2.amazonaws.com',
    );
    expect(step.discovery!.response.status).toBe(403);
    expect(step.discovery!.response.body).toContain('<Code>AccessDenied</Code>');
    expect(step.jwks).toBeNull();
    const published = await run({ issuerHosting: 'public-s3-bucket' });
    expect(published.steps['iam-to-oidc']!.jwks!.request.target).toBe('/keys.json');
  });

  it("looks the provider up in the role's account", async () => {
    const result = await run({ roleAccountId: '444455556666', oidcProviderRegistered: false });
    expect(result.steps['pod-to-sts']!.sdk.roleArn).toBe(
      'arn:aws:iam::444455556666:role/s3-reader',
    );
    expect(result.steps['sts-to-iam']!.checks.at(-1)?.label).toContain('account 444455556666');
  });

  it('after the cluster is recreated the token names the new issuer and IAM the old one', async () => {
    const result = await run({ staleOidcId: '9F8E7D6C5B4A39281706F5E4D3C2B1A0' });
    expect(result.world!.iam.oidcProviders[0]!.Url).toContain('9F8E7D6C5B4A39281706F5E4D3C2B1A0');
    expect(result.world!.iam.roles[0]!.AssumeRolePolicyDocument).toContain(
      '9F8E7D6C5B4A39281706F5E4D3C2B1A0',
    );
    expect(result.steps['sts-to-iam']!.error?.message).toContain(DEFAULT_SCENARIO.clusterOidcId);
  });

  it('a tool that assumes its own role again signs sts:AssumeRole with the IRSA session', async () => {
    const result = await run({ toolAssumesRoleAgain: true });
    const step = result.steps['pod-to-s3']!;
    expect(step.request.body).toContain('Action=AssumeRole&');
    expect(step.signing.authorization).toMatch(/\/us-west-2\/sts\/aws4_request, SignedHeaders=/);
    expect(headerValue(step.request.headers, 'X-Amz-Security-Token')).toBe(
      result.steps['sts-to-pod']!.credentials!.SessionToken,
    );
    expect(step.response.status).toBe(403);
  });
});

describe('S3 error bodies carry the fields S3 adds', () => {
  it('InvalidAccessKeyId names the key; ExpiredToken echoes the token', async () => {
    const noToken = await run({ s3SessionTokenSent: false });
    const key = noToken.steps['sts-to-pod']!.credentials!.AccessKeyId;
    expect(noToken.steps['pod-to-s3']!.response.body).toContain(
      `<AWSAccessKeyId>${key}</AWSAccessKeyId>`,
    );
    const late = await run({ credentialsUsedAfterSeconds: 4000 });
    const token = late.steps['sts-to-pod']!.credentials!.SessionToken;
    expect(late.steps['pod-to-s3']!.response.body).toContain(`<Token-0>${token}</Token-0>`);
  });

  it('SignatureDoesNotMatch shows the string to sign and the canonical request S3 computed', async () => {
    const result = await runAll(DEFAULT_SCENARIO, env);
    const request = result.steps['pod-to-s3']!.request;
    const tampered = {
      ...request,
      headers: request.headers.map(([n, v]): [string, string] =>
        n === 'Authorization'
          ? [n, v.replace(/Signature=\w+/, `Signature=${'0'.repeat(64)}`)]
          : [n, v],
      ),
    };
    const answer = await handleListBuckets(
      result.world!,
      result.steps['sts-to-pod']!,
      tampered,
      env,
    );
    expect(answer.error?.awsCode).toBe('SignatureDoesNotMatch');
    const body = answer.response.body;
    const order = [
      'AWSAccessKeyId',
      'StringToSign',
      'SignatureProvided',
      'StringToSignBytes',
      'CanonicalRequest',
      'CanonicalRequestBytes',
      'RequestId',
      'HostId',
    ];
    const positions = order.map((name) => body.indexOf(`<${name}>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(body).toContain('<StringToSignBytes>41 57 53 34 2d 48 4d 41 43');
    expect(body).toContain(`<SignatureProvided>${'0'.repeat(64)}</SignatureProvided>`);
  });
});
