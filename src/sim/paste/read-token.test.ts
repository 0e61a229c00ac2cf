import { describe, expect, it } from 'vitest';
import { DESCRIBE_CLUSTER_JSON, GET_ROLE_JSON } from './fixtures-aws';
import { MUTATED_POD_YAML, SERVICE_ACCOUNT_YAML } from './fixtures-kubernetes';
import { readPastes } from './read-pastes';
import { readToken } from './read-token';
import { MAX_PASTE_CHARS } from './types';

function base64url(value: unknown): string {
  return btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const ISSUER = 'https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';

/** The claims of a projected token as the API server issues it for the webhook's volume. */
const CLAIMS = {
  aud: ['sts.amazonaws.com'],
  exp: 1742031067,
  iat: 1741944667,
  iss: ISSUER,
  'kubernetes.io': {
    namespace: 'prod',
    node: {
      name: 'ip-192-168-12-34.us-west-2.compute.internal',
      uid: '5e2d7f3a-1b4c-4d6e-8f90-a1b2c3d4e5f6',
    },
    pod: { name: 'my-app-7d9c8b6f5c-x2k8p', uid: 'a8e2d6f1-3c4b-4d5e-9f70-1b2c3d4e5f60' },
    serviceaccount: { name: 'my-app', uid: '3f6c1a52-8d0e-4b7f-9a61-2c5e0d7b9f14' },
  },
  nbf: 1741944667,
  sub: 'system:serviceaccount:prod:my-app',
};

function token(claims: unknown): string {
  return `${base64url({ alg: 'RS256', kid: '2f3c9a7b1d8e4f6a0c5b' })}.${base64url(claims)}.c2lnbmF0dXJl`;
}

describe('readToken', () => {
  it('reads what the token says about the pod from its kubernetes.io claim', () => {
    const read = readToken(`${token(CLAIMS)}\n`);
    expect(read.ok && read.value).toMatchObject({
      iss: ISSUER,
      sub: 'system:serviceaccount:prod:my-app',
      aud: ['sts.amazonaws.com'],
      exp: 1742031067,
      iat: 1741944667,
      namespace: 'prod',
      serviceAccount: 'my-app',
      podName: 'my-app-7d9c8b6f5c-x2k8p',
      header: { alg: 'RS256', kid: '2f3c9a7b1d8e4f6a0c5b' },
    });
  });

  it('falls back to the sub, and reads a string aud as a list of one', () => {
    const claims: Partial<typeof CLAIMS> = { ...CLAIMS };
    delete claims['kubernetes.io'];
    const read = readToken(`Bearer ${token({ ...claims, aud: 'pods.eks.amazonaws.com' })}`);
    expect(read.ok && read.value).toMatchObject({
      aud: ['pods.eks.amazonaws.com'],
      namespace: 'prod',
      serviceAccount: 'my-app',
      podName: null,
    });
  });

  it('reads the token out of `kubectl create token my-app -n prod -o yaml` (a TokenRequest)', () => {
    const request = `apiVersion: authentication.k8s.io/v1\nkind: TokenRequest\nmetadata:\n  creationTimestamp: null\n  name: my-app\n  namespace: prod\nspec:\n  audiences:\n  - https://kubernetes.default.svc\n  boundObjectRef: null\n  expirationSeconds: 3600\nstatus:\n  expirationTimestamp: "2025-03-14T10:31:07Z"\n  token: ${token(CLAIMS)}\n`;
    const read = readToken(request);
    expect(read.ok && read.value.serviceAccount).toBe('my-app');
  });

  it('sends a ServiceAccount pasted here to its field, and explains text that is not a JWT', () => {
    const wrong = readToken(SERVICE_ACCOUNT_YAML);
    expect(!wrong.ok && wrong.error.message).toBe(
      'This is a ServiceAccount (kind: ServiceAccount), not a token: paste it into the ServiceAccount field.',
    );
    const text = readToken('not a token');
    expect(!text.ok && text.error.message).toContain('three parts');
  });
});

describe('readPastes', () => {
  it('reads each pasted field, skips blank ones, and keeps each error at its field', () => {
    const { read, errors } = readPastes({
      serviceAccount: SERVICE_ACCOUNT_YAML,
      pod: MUTATED_POD_YAML,
      cluster: GET_ROLE_JSON,
      role: GET_ROLE_JSON,
      oidcProviders: '   \n',
      token: token(CLAIMS),
      error:
        '\n  An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity\n',
    });
    expect(Object.keys(read).sort()).toEqual(['error', 'pod', 'role', 'serviceAccount', 'token']);
    expect(read.error).toBe(
      'An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    );
    expect(read.pod?.serviceAccountName).toBe('my-app');
    expect(Object.keys(errors)).toEqual(['cluster']);
    expect(errors.cluster?.message).toContain('paste it into the Role field');
  });

  it('sends an error message pasted in another field to the Error message field', () => {
    const { errors } = readPastes({
      cluster:
        'An error occurred (AccessDenied) when calling the DescribeCluster operation: User is not authorized',
    });
    expect(errors.cluster?.message).toContain('paste it into the Error message field');
  });

  it('refuses an error field longer than the paste limit', () => {
    const { read, errors } = readPastes({
      error: 'x'.repeat(MAX_PASTE_CHARS + 1),
      cluster: DESCRIBE_CLUSTER_JSON,
    });
    expect(read.error).toBeUndefined();
    expect(errors.error?.message).toContain('characters long');
    expect(read.cluster?.name).toBe('my-cluster');
  });
});
