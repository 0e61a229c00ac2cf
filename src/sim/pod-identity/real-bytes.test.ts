/**
 * The bytes a Pod Identity run shows verify outside the page: the token against the issuer's
 * JWKS with jose, and both SigV4 signatures recomputed from the request as shown and the secret
 * the run handed out (the node role's from IMDS, the pod's from the agent's JSON).
 */
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { describe, expect, it } from 'vitest';
import { deterministicEnvironment } from '../deterministic';
import { headerValue, type HttpRequest } from '../http';
import { parseAuthorization, signRequest } from '../sigv4';
import { runAllPodIdentity, DEFAULT_POD_IDENTITY_SCENARIO, type PodIdentityRunRecord } from '.';

/** Recompute a signature the way a verifier does: only the SignedHeaders, from the shown request. */
async function recompute(request: HttpRequest, secretAccessKey: string, normalizePath: boolean) {
  const auth = parseAuthorization(headerValue(request.headers, 'Authorization') ?? '');
  if (!auth) throw new Error('no SigV4 Authorization header');
  const signed = new Set(auth.signedHeaders);
  const result = await signRequest(
    {
      method: request.method,
      path: request.target,
      query: [],
      headers: request.headers.filter(([n]) => signed.has(n.toLowerCase())),
      body: request.body,
    },
    { accessKeyId: auth.accessKeyId, secretAccessKey },
    {
      region: auth.region,
      service: auth.service,
      amzDate: headerValue(request.headers, 'X-Amz-Date') ?? '',
      normalizePath,
      payloadHash: headerValue(request.headers, 'X-Amz-Content-SHA256'),
    },
  );
  return { auth, result };
}

let run: PodIdentityRunRecord;
async function happyRun() {
  run ??= await runAllPodIdentity(DEFAULT_POD_IDENTITY_SCENARIO, deterministicEnvironment());
  return run;
}

describe('the pod identity token', () => {
  it('verifies against the cluster issuer’s JWKS with jose, for audience pods.eks.amazonaws.com', async () => {
    const { world, steps } = await happyRun();
    const token = headerValue(steps['pod-to-agent']!.request!.headers, 'Authorization')!;
    const jwks = createLocalJWKSet(JSON.parse(JSON.stringify(world.issuer.jwks)) as JSONWebKeySet);
    const { payload } = await jwtVerify(token, jwks, {
      issuer: world.issuer.url,
      audience: 'pods.eks.amazonaws.com',
      algorithms: ['RS256'],
      currentDate: new Date('2026-11-28T12:00:00Z'),
    });
    expect(payload.sub).toBe('system:serviceaccount:default:my-service-account');
    expect(payload.exp! - payload.iat!).toBe(86400);
    expect(payload['kubernetes.io']).toMatchObject({
      namespace: 'default',
      pod: { name: 'my-app' },
      serviceaccount: { name: 'my-service-account' },
    });
    expect(decodeProtectedHeader(token)).toEqual({
      alg: 'RS256',
      kid: world.issuer.keys.signing.kid,
    });
    // The token in EKS Auth's request body is the same file content.
    expect(JSON.parse(steps['agent-to-eks-auth']!.request!.body)).toEqual({ token });
  });

  it('is refused for the IRSA audience: jose says the aud claim does not match', async () => {
    const { world, steps } = await happyRun();
    const token = headerValue(steps['pod-to-agent']!.request!.headers, 'Authorization')!;
    const jwks = createLocalJWKSet(world.issuer.jwks);
    await expect(
      jwtVerify(token, jwks, {
        audience: 'sts.amazonaws.com',
        currentDate: new Date('2026-11-28T12:00:00Z'),
      }),
    ).rejects.toThrow(/aud/);
  });
});

describe('AssumeRoleForPodIdentity, SigV4 as the node role', () => {
  it('recomputes from the shown request and the node role secret IMDS handed out', async () => {
    const { steps } = await happyRun();
    const call = steps['agent-to-eks-auth']!;
    const secret = (JSON.parse(call.imds!.response.body) as { SecretAccessKey: string })
      .SecretAccessKey;
    const { auth, result } = await recompute(call.request!, secret, true);
    expect(result.signature).toBe(auth.signature);
    expect(auth.service).toBe('eks-auth');
    expect(auth.region).toBe('us-west-2');
    expect(auth.signedHeaders.join(';')).toBe(
      'amz-sdk-invocation-id;content-length;content-type;host;x-amz-date;x-amz-security-token',
    );
    expect(result.canonicalRequest.split('\n').slice(0, 3)).toEqual([
      'POST',
      '/clusters/my-cluster/assume-role-for-pod-identity',
      '',
    ]);
    expect(headerValue(call.request!.headers, 'Host')).toBe('eks-auth.us-west-2.api.aws');
  });

  it('does not verify once the body is changed, or with another secret', async () => {
    const { steps } = await happyRun();
    const call = steps['agent-to-eks-auth']!;
    const secret = (JSON.parse(call.imds!.response.body) as { SecretAccessKey: string })
      .SecretAccessKey;
    const tampered = { ...call.request!, body: call.request!.body.replace('"token"', '"Token"') };
    const a = await recompute(tampered, secret, true);
    expect(a.result.signature).not.toBe(a.auth.signature);
    const b = await recompute(call.request!, `${secret.slice(1)}x`, true);
    expect(b.result.signature).not.toBe(b.auth.signature);
  });
});

describe('ListBuckets, SigV4 with the credentials from the agent', () => {
  it('recomputes from the shown request and the secret in the agent’s JSON', async () => {
    const { steps } = await happyRun();
    const agent = JSON.parse(steps['agent-to-pod']!.response!.body) as Record<string, string>;
    const s3 = steps['pod-to-s3']!;
    const { auth, result } = await recompute(s3.request, agent.SecretAccessKey!, false);
    expect(result.signature).toBe(auth.signature);
    expect(auth.accessKeyId).toBe(agent.AccessKeyId);
    expect(headerValue(s3.request.headers, 'X-Amz-Security-Token')).toBe(agent.Token);
    expect(s3.serverSigning?.signature).toBe(auth.signature);
  });

  it('the agent’s JSON carries EKS Auth’s credentials, with the expiration as RFC 3339', async () => {
    const { steps } = await happyRun();
    const eksAuth = JSON.parse(steps['eks-auth-to-sts']!.response!.body) as {
      credentials: {
        accessKeyId: string;
        secretAccessKey: string;
        sessionToken: string;
        expiration: number;
      };
    };
    const body = steps['agent-to-pod']!.response!.body;
    expect(Object.keys(JSON.parse(body) as object)).toEqual([
      'AccessKeyId',
      'SecretAccessKey',
      'Token',
      'AccountId',
      'Expiration',
    ]);
    expect(JSON.parse(body)).toEqual({
      AccessKeyId: eksAuth.credentials.accessKeyId,
      SecretAccessKey: eksAuth.credentials.secretAccessKey,
      Token: eksAuth.credentials.sessionToken,
      AccountId: '111122223333',
      Expiration: new Date(eksAuth.credentials.expiration * 1000)
        .toISOString()
        .replace('.000Z', 'Z'),
    });
  });
});
