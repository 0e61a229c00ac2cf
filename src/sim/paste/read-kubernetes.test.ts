import { describe, expect, it } from 'vitest';
import type { Parsed } from '../parse-result';
import {
  MUTATED_POD_JSON,
  MUTATED_POD_YAML,
  SERVICE_ACCOUNT_THEN_DEPLOYMENT_YAML,
  SERVICE_ACCOUNT_YAML,
} from './fixtures-kubernetes';
import { readPod, readServiceAccount } from './read-kubernetes';

function value<T>(read: Parsed<T>): T {
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

function message<T>(read: Parsed<T>): string {
  if (read.ok) throw new Error('expected an error');
  return read.error.message;
}

const WEBHOOK_ENV = {
  AWS_STS_REGIONAL_ENDPOINTS: 'regional',
  AWS_DEFAULT_REGION: 'us-west-2',
  AWS_REGION: 'us-west-2',
  AWS_ROLE_ARN: 'arn:aws:iam::111122223333:role/my-app-role',
  AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
};

describe('readServiceAccount', () => {
  it('reads `kubectl get sa -o yaml` through managedFields, keeping the annotations', () => {
    expect(value(readServiceAccount(SERVICE_ACCOUNT_YAML))).toEqual({
      name: 'my-app',
      namespace: 'prod',
      annotations: {
        'eks.amazonaws.com/role-arn': 'arn:aws:iam::111122223333:role/my-app-role',
        'eks.amazonaws.com/sts-regional-endpoints': 'true',
        'kubectl.kubernetes.io/last-applied-configuration': expect.stringContaining(
          '"name":"my-app"',
        ) as string,
      },
    });
  });

  it('picks the ServiceAccount out of a generated file, in the default namespace when it names none', () => {
    expect(value(readServiceAccount(SERVICE_ACCOUNT_THEN_DEPLOYMENT_YAML))).toEqual({
      name: 'my-app',
      namespace: 'default',
      annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::111122223333:role/my-app-role' },
    });
  });

  it('sends a pod pasted here to the Pod field', () => {
    expect(message(readServiceAccount(MUTATED_POD_YAML))).toBe(
      'This is a Pod (kind: Pod), not a ServiceAccount: paste it into the Pod field.',
    );
  });

  it('names the ServiceAccount a Deployment runs as when only the Deployment is pasted', () => {
    const deployment = SERVICE_ACCOUNT_THEN_DEPLOYMENT_YAML.slice(
      SERVICE_ACCOUNT_THEN_DEPLOYMENT_YAML.lastIndexOf('---'),
    );
    expect(message(readServiceAccount(deployment))).toContain(
      '`kubectl get serviceaccount my-app -n prod -o yaml`',
    );
  });

  it('asks for one when two ServiceAccounts are pasted', () => {
    const two = `${SERVICE_ACCOUNT_YAML}---\n${SERVICE_ACCOUNT_YAML.replace('name: my-app\n', 'name: billing\n')}`;
    expect(message(readServiceAccount(two))).toBe(
      'The paste holds 2 ServiceAccounts (my-app, billing): paste only the one to check.',
    );
  });

  it('says a paste cut off before metadata.name looks cut off, at its last line', () => {
    const cut = SERVICE_ACCOUNT_YAML.slice(0, SERVICE_ACCOUNT_YAML.indexOf('    manager:'));
    const read = readServiceAccount(cut);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.message).toContain('looks cut off (it ends at line 19)');
    expect(read.error.line).toBe(19);
  });
});

describe('readPod', () => {
  it('reads the pod as the webhook left it: env, token volume, owner, security context', () => {
    expect(value(readPod(MUTATED_POD_YAML))).toEqual({
      name: 'my-app-7d9c8b6f5c-x2k8p',
      namespace: 'prod',
      serviceAccountName: 'my-app',
      annotations: {},
      containers: [{ name: 'app', env: WEBHOOK_ENV, runAsUser: 1000, runAsNonRoot: true }],
      tokenVolumes: [
        {
          volumeName: 'aws-iam-token',
          audience: 'sts.amazonaws.com',
          expirationSeconds: 86400,
          path: 'token',
        },
      ],
      fsGroup: 65534,
      runAsUser: null,
      runAsNonRoot: null,
      ownerReplicaSet: 'my-app-7d9c8b6f5c',
      creationTimestamp: '2025-03-14T09:31:07Z',
    });
  });

  it('reads the same pod from `-o json`, a valueFrom variable as null', () => {
    const pod = value(readPod(MUTATED_POD_JSON));
    expect(pod.containers[0]?.env).toEqual({ ...WEBHOOK_ENV, POD_NAME: null });
    expect(pod.tokenVolumes).toEqual([
      {
        volumeName: 'aws-iam-token',
        audience: 'sts.amazonaws.com',
        expirationSeconds: 86400,
        path: 'token',
      },
    ]);
    expect(pod.ownerReplicaSet).toBe('my-app-7d9c8b6f5c');
  });

  it('reads a pod the webhook did not mutate: no token volume, init containers too, default ServiceAccount', () => {
    const pod = value(
      readPod(`apiVersion: v1
kind: Pod
metadata:
  name: batch
spec:
  initContainers:
  - name: wait
    image: busybox:1.36
    env:
    - name: EMPTY
  containers:
  - name: main
    image: busybox:1.36
  volumes:
  - name: kube-api-access-9x2lq
    projected:
      sources:
      - serviceAccountToken:
          expirationSeconds: 3607
          path: token
`),
    );
    expect(pod.serviceAccountName).toBe('default');
    expect(pod.namespace).toBe('default');
    expect(pod.containers.map((c) => c.name)).toEqual(['wait', 'main']);
    expect(pod.containers[0]?.env).toEqual({ EMPTY: '' });
    expect(pod.tokenVolumes).toEqual([]);
    expect(pod.ownerReplicaSet).toBeNull();
  });

  it('falls back to the deprecated spec.serviceAccount', () => {
    const pod = MUTATED_POD_YAML.replace('  serviceAccountName: my-app\n', '');
    expect(
      value(readPod(pod.replace('  serviceAccount: my-app\n', '  serviceAccount: legacy\n')))
        .serviceAccountName,
    ).toBe('legacy');
  });

  it('says a Deployment shows the webhook’s changes only on its pods, with the command to get one', () => {
    const text = message(readPod(SERVICE_ACCOUNT_THEN_DEPLOYMENT_YAML));
    expect(text).toMatch(/^This is a Deployment \(kind: Deployment\), not a Pod: /);
    expect(text).toContain('only on a running pod');
    expect(text).toContain('`kubectl get pod -n prod -l app=my-app`');
  });

  it('says a pod with no containers looks cut off', () => {
    const cut = MUTATED_POD_YAML.slice(0, MUTATED_POD_YAML.indexOf('spec:'));
    expect(message(readPod(cut))).toContain('has no spec: the paste looks cut off');
  });

  it('sends a token pasted here to the Token field', () => {
    expect(message(readPod('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln'))).toContain(
      'paste it into the Token field',
    );
  });
});
