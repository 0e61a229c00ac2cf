import { describe, expect, it } from 'vitest';
import { seededIds } from '../ids';
import { DEFAULT_SCENARIO } from '../scenario';
import { createServiceAccount } from './create-service-account';
import { createPodManifest, mutatePod } from './mutate-pod';
import { toYaml } from './to-yaml';

const ids = () => seededIds('k8s');

describe('pod-identity webhook', () => {
  const sa = createServiceAccount(DEFAULT_SCENARIO, ids());
  const pod = createPodManifest(DEFAULT_SCENARIO, ids());

  it('annotates the ServiceAccount with the role ARN only', () => {
    expect(sa.metadata.annotations).toEqual({
      'eks.amazonaws.com/role-arn': 'arn:aws:iam::111122223333:role/s3-reader',
    });
    expect(toYaml(sa).split('\n').slice(0, 4)).toEqual([
      'apiVersion: v1',
      'kind: ServiceAccount',
      'metadata:',
      '  name: my-service-account',
    ]);
  });

  it('adds the projected token volume, a read-only mount and the AWS_* variables in the webhook’s order', () => {
    const mutation = mutatePod(pod, sa, 'us-west-2')!;
    expect(mutation.patch.map((p) => p.path)).toEqual(['/spec/volumes', '/spec/containers']);
    expect(mutation.pod.spec.volumes).toEqual([
      {
        name: 'aws-iam-token',
        projected: {
          sources: [
            {
              serviceAccountToken: {
                audience: 'sts.amazonaws.com',
                expirationSeconds: 86400,
                path: 'token',
              },
            },
          ],
        },
      },
    ]);
    const container = mutation.pod.spec.containers[0]!;
    expect(container.volumeMounts).toEqual([
      {
        name: 'aws-iam-token',
        readOnly: true,
        mountPath: '/var/run/secrets/eks.amazonaws.com/serviceaccount',
      },
    ]);
    expect(container.env).toEqual([
      { name: 'AWS_STS_REGIONAL_ENDPOINTS', value: 'regional' },
      { name: 'AWS_DEFAULT_REGION', value: 'us-west-2' },
      { name: 'AWS_REGION', value: 'us-west-2' },
      { name: 'AWS_ROLE_ARN', value: 'arn:aws:iam::111122223333:role/s3-reader' },
      {
        name: 'AWS_WEB_IDENTITY_TOKEN_FILE',
        value: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
      },
    ]);
  });

  it('clamps a token lifetime below 600 seconds up to 600', () => {
    const short = createServiceAccount({ ...DEFAULT_SCENARIO, tokenExpirationSeconds: 60 }, ids());
    expect(short.metadata.annotations?.['eks.amazonaws.com/token-expiration']).toBe('60');
    expect(mutatePod(pod, short, 'us-west-2')!.expirationSeconds).toBe(600);
  });

  it('leaves the pod alone when the annotation key is misspelt', () => {
    const typo = createServiceAccount(
      {
        ...DEFAULT_SCENARIO,
        wiring: { ...DEFAULT_SCENARIO.wiring, annotationKey: 'eks.amazonaws.com/role_arn' },
      },
      ids(),
    );
    expect(mutatePod(pod, typo, 'us-west-2')).toBeNull();
  });
});

describe('toYaml', () => {
  it('quotes strings YAML would misread and keeps the rest plain', () => {
    expect(
      toYaml({
        a: 'true',
        b: '123',
        c: 'a: b',
        d: 'plain-text',
        e: 86400,
        f: [],
        g: { h: ['x', { i: 'y' }] },
      }),
    ).toBe(
      [
        'a: "true"',
        'b: "123"',
        'c: "a: b"',
        'd: plain-text',
        'e: 86400',
        'f: []',
        'g:',
        '  h:',
        '  - x',
        '  - i: y',
      ].join('\n'),
    );
  });
});
