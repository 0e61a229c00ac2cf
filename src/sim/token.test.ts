import fc from 'fast-check';
import { base64url, createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { DEMO_TIME, deterministicEnvironment } from './deterministic';
import { prepareWorld } from './prepare-world';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import { sendAssumeRoleWithWebIdentity } from './sts/send-assume-role-with-web-identity';
import { lookUpOidcProvider } from './sts/look-up-oidc-provider';
import { verifyWebIdentityToken } from './sts/verify-web-identity-token';
import type { World } from './prepare-world';

const env = deterministicEnvironment();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DNS_LABEL = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,20}[a-z0-9])?$/);

/** Step 3 for a world whose token has been replaced by `token`. */
async function verifyWith(world: World, token: string) {
  const w: World = {
    ...world,
    kubernetes: { ...world.kubernetes, token: { ...world.kubernetes.token!, compact: token } },
  };
  const sent = sendAssumeRoleWithWebIdentity(w, env);
  return verifyWebIdentityToken(w, sent, lookUpOidcProvider(w, sent, env), env);
}

describe('the projected token', () => {
  it('has exactly EKS’s header and claims, and verifies against the JWKS the issuer publishes', async () => {
    const world = await prepareWorld(DEFAULT_SCENARIO, env);
    const token = world.kubernetes.token!;
    expect(Object.keys(decodeProtectedHeader(token.compact))).toEqual(['alg', 'kid']);
    expect(token.header).toEqual({ alg: 'RS256', kid: world.issuer.jwks.keys[0]!.kid });
    expect(token.header.kid).toMatch(/^[0-9a-f]{40}$/);
    const { payload } = await jwtVerify(token.compact, createLocalJWKSet(world.issuer.jwks), {
      issuer: world.issuer.url,
      audience: 'sts.amazonaws.com',
      currentDate: new Date(DEMO_TIME),
    });
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
    expect(payload).toMatchObject({
      aud: ['sts.amazonaws.com'],
      iat: 1795867200,
      nbf: 1795867200,
      exp: 1795867200 + 86400,
      iss: 'https://oidc.eks.us-west-2.amazonaws.com/id/5E1D2A3C4B6F7089A1B2C3D4E5F60718',
      sub: 'system:serviceaccount:default:my-service-account',
      'kubernetes.io': {
        namespace: 'default',
        node: { name: 'ip-192-168-12-34.us-west-2.compute.internal' },
        pod: { name: 'my-app' },
        serviceaccount: { name: 'my-service-account' },
      },
    });
  });

  it('since 1.30 carries a jti and the node the pod was scheduled on, every level sorted by name', async () => {
    const world = await prepareWorld(DEFAULT_SCENARIO, env);
    const { claims, compact } = world.kubernetes.token!;
    expect(claims.jti).toMatch(UUID);
    expect(claims['kubernetes.io'].node).toEqual(world.kubernetes.node);
    expect(world.kubernetes.pod.spec.nodeName).toBe(world.kubernetes.node.name);
    expect(world.kubernetes.node.uid).toMatch(UUID);
    // The signed bytes themselves: keys in go-jose's order (a sorted map) at every level.
    const raw = new TextDecoder().decode(base64url.decode(compact.split('.')[1]!));
    const order = (json: string, keys: string[]) =>
      keys.map((k) => json.indexOf(`"${k}":`)).every((at, i, all) => at > (all[i - 1] ?? -1));
    expect(order(raw, ['aud', 'exp', 'iat', 'iss', 'jti', 'kubernetes.io', 'nbf', 'sub'])).toBe(
      true,
    );
    expect(order(raw, ['namespace', 'node', 'pod', 'serviceaccount'])).toBe(true);
  });

  it('before 1.30 has neither jti nor node', async () => {
    for (const kubernetesVersion of ['1.29', '1.18']) {
      const world = await prepareWorld({ ...DEFAULT_SCENARIO, kubernetesVersion }, env);
      const { claims } = world.kubernetes.token!;
      expect(Object.keys(claims)).toEqual([
        'aud',
        'exp',
        'iat',
        'iss',
        'kubernetes.io',
        'nbf',
        'sub',
      ]);
      expect(Object.keys(claims['kubernetes.io'])).toEqual(['namespace', 'pod', 'serviceaccount']);
    }
  });

  it('the pod shows the admission plugin’s volume, then the webhook’s, and the patch inserts at /spec/volumes/0', async () => {
    const { kubernetes } = await prepareWorld(DEFAULT_SCENARIO, env);
    expect(kubernetes.podManifest.spec.volumes).toBeUndefined();
    expect(kubernetes.admittedPod.spec.volumes?.map((v) => v.name)).toEqual([
      expect.stringMatching(/^kube-api-access-\w{5}$/),
    ]);
    expect(kubernetes.mutation?.patch[0]?.path).toBe('/spec/volumes/0');
    expect(kubernetes.pod.spec.volumes?.map((v) => v.name)).toEqual([
      'aws-iam-token',
      kubernetes.admittedPod.spec.volumes![0]!.name,
    ]);
  });

  it('is byte-identical across runs in deterministic mode', async () => {
    const [a, b] = await Promise.all([
      prepareWorld(DEFAULT_SCENARIO, env),
      prepareWorld(DEFAULT_SCENARIO, deterministicEnvironment()),
    ]);
    expect(a.kubernetes.token!.compact).toBe(b.kubernetes.token!.compact);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('for any valid namespace and service account: sub = system:serviceaccount:<ns>:<sa>', async () => {
    await fc.assert(
      fc.asyncProperty(
        DNS_LABEL,
        fc.array(DNS_LABEL, { minLength: 1, maxLength: 3 }),
        async (namespace, parts) => {
          const serviceAccountName = parts.join('.');
          const scenario: Scenario = { ...DEFAULT_SCENARIO, namespace, serviceAccountName };
          const { claims } = (await prepareWorld(scenario, env)).kubernetes.token!;
          expect(claims.sub).toBe(`system:serviceaccount:${namespace}:${serviceAccountName}`);
          expect(claims['kubernetes.io']).toMatchObject({
            namespace,
            serviceaccount: { name: serviceAccountName },
          });
          expect(claims.aud).toEqual(['sts.amazonaws.com']);
          expect(claims.exp - claims.iat).toBe(86400);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('fails verification, with AWS’s code, when any bit of any signature byte flips', async () => {
    const world = await prepareWorld(DEFAULT_SCENARIO, env);
    const [header, payload, signature] = world.kubernetes.token!.compact.split('.') as [
      string,
      string,
      string,
    ];
    const bytes = base64url.decode(signature);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: bytes.length - 1 }),
        fc.nat({ max: 7 }),
        async (index, bit) => {
          const flipped = Uint8Array.from(bytes);
          flipped[index]! ^= 1 << bit;
          const step = await verifyWith(world, `${header}.${payload}.${base64url.encode(flipped)}`);
          expect(step.ok).toBe(false);
          expect(step.error).toMatchObject({
            code: 'ERR_SIGNATURE_INVALID',
            awsCode: 'InvalidIdentityToken',
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('changing the last signature character only in its unused low bits still verifies (base64url leniency)', async () => {
    // 256 signature bytes take 342 base64url characters; the last one carries 2 bits of data and
    // 4 unused bits. jose decodes it leniently, so the text changes but the signature does not.
    const world = await prepareWorld(DEFAULT_SCENARIO, env);
    const compact = world.kubernetes.token!.compact;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(compact.at(-1)!);
    const twin = alphabet[last ^ 1]!;
    const step = await verifyWith(world, compact.slice(0, -1) + twin);
    expect(step.ok).toBe(true);
  });

  it('a flipped signature byte is reported at the signature check with the model’s wording', async () => {
    const world = await prepareWorld(DEFAULT_SCENARIO, env);
    const compact = world.kubernetes.token!.compact;
    const i = compact.length - 20;
    const step = await verifyWith(
      world,
      compact.slice(0, i) + (compact[i] === 'A' ? 'B' : 'A') + compact.slice(i + 1),
    );
    expect(step.error).toMatchObject({
      code: 'ERR_SIGNATURE_INVALID',
      awsCode: 'InvalidIdentityToken',
      httpStatus: 400,
      hop: 'iam-to-oidc',
      evidence: 'model',
      message:
        'The web identity token that was passed could not be validated by Amazon Web Services. Get a new identity token from the identity provider and then retry the request.',
    });
    expect(step.checks.map((c) => [c.id, c.passed])).toEqual([
      ['discovery-issuer', true],
      ['alg', true],
      ['kid', true],
      ['signature', false],
    ]);
    expect(step.errorResponse?.status).toBe(400);
    expect(step.errorResponse?.body).toContain('<Code>InvalidIdentityToken</Code>');
  });
});
