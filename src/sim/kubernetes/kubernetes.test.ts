import { describe, expect, it } from 'vitest';
import { seededIds } from '../ids';
import { DEFAULT_SCENARIO, withWiring } from '../scenario';
import { admitServiceAccount } from './admit-service-account';
import { createServiceAccount } from './create-service-account';
import { createPodManifest, mutatePod, tokenExpiration } from './mutate-pod';
import { bindToNode, clusterNode, nodeName } from './schedule-pod';
import { kubernetesAtLeast } from './version';
import { toYaml } from './to-yaml';

const ids = () => seededIds('k8s');

describe('the ServiceAccount admission plugin', () => {
  const pod = createPodManifest(DEFAULT_SCENARIO, ids());

  it('adds the kube-api-access projected volume and its read-only mount, as TokenVolumeSource() does', () => {
    const admitted = admitServiceAccount(pod, '1.34', ids());
    const [volume] = admitted.spec.volumes!;
    expect(volume!.name).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(volume!.projected).toEqual({
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        {
          downwardAPI: {
            items: [
              {
                path: 'namespace',
                fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' },
              },
            ],
          },
        },
      ],
      defaultMode: 420,
    });
    expect(admitted.spec.containers[0]!.volumeMounts).toEqual([
      {
        name: volume!.name,
        readOnly: true,
        mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
      },
    ]);
    expect(pod.spec.volumes).toBeUndefined(); // the pod as written is not changed
  });

  it('mounts the ServiceAccount token Secret instead before Kubernetes 1.21', () => {
    const volumes = admitServiceAccount(pod, '1.18', ids()).spec.volumes!;
    expect(volumes).toHaveLength(1);
    expect(volumes[0]!.name).toMatch(/^my-service-account-token-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(volumes[0]).toEqual({
      name: volumes[0]!.name,
      secret: { secretName: volumes[0]!.name },
    });
  });

  it('leaves a container alone that already mounts something at the API token path', () => {
    const own = {
      ...pod,
      spec: {
        ...pod.spec,
        containers: [
          {
            ...pod.spec.containers[0]!,
            volumeMounts: [
              {
                name: 'mine',
                readOnly: true,
                mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
              },
            ],
          },
        ],
      },
    };
    expect(admitServiceAccount(own, '1.34', ids())).toEqual(own);
  });
});

describe('pod-identity webhook', () => {
  const sa = createServiceAccount(DEFAULT_SCENARIO, ids());
  const pod = createPodManifest(DEFAULT_SCENARIO, ids());
  const admitted = admitServiceAccount(pod, '1.34', ids());
  const apiVolume = admitted.spec.volumes![0]!;
  const tokenVolume = {
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
  };

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

  it('inserts its volume at /spec/volumes/0, before the one the admission plugin added', () => {
    const mutation = mutatePod(admitted, sa, 'us-west-2')!;
    expect(mutation.patch.map((p) => p.path)).toEqual(['/spec/volumes/0', '/spec/containers']);
    // The patch as the webhook returns it: no defaultMode.
    expect(mutation.patch[0]!.value).toEqual(tokenVolume);
    // The stored pod: both volumes, defaulted again after the patch.
    expect(mutation.pod.spec.volumes).toEqual([
      { ...tokenVolume, projected: { ...tokenVolume.projected, defaultMode: 420 } },
      apiVolume,
    ]);
  });

  it('adds /spec/volumes when the pod it receives has no volume at all', () => {
    const mutation = mutatePod(pod, sa, 'us-west-2')!;
    expect(mutation.patch.map((p) => p.path)).toEqual(['/spec/volumes', '/spec/containers']);
    expect(mutation.patch[0]!.value).toEqual([tokenVolume]);
  });

  it('appends a read-only mount and the AWS_* variables in the webhook’s order', () => {
    const container = mutatePod(admitted, sa, 'us-west-2')!.pod.spec.containers[0]!;
    expect(container.volumeMounts).toEqual([
      {
        name: apiVolume.name,
        readOnly: true,
        mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
      },
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
    expect(mutatePod(admitted, short, 'us-west-2')!.expirationSeconds).toBe(600);
  });

  it('takes the pod’s token-expiration annotation over the ServiceAccount’s', () => {
    const scenario = withWiring(
      { ...DEFAULT_SCENARIO, tokenExpirationSeconds: 7200 },
      { podTokenExpirationAnnotation: 3600 },
    );
    const annotatedPod = createPodManifest(scenario, ids());
    expect(annotatedPod.metadata.annotations).toEqual({
      'eks.amazonaws.com/token-expiration': '3600',
    });
    const mutation = mutatePod(
      admitServiceAccount(annotatedPod, '1.34', ids()),
      createServiceAccount(scenario, ids()),
      'us-west-2',
    )!;
    expect(mutation).toMatchObject({ expirationSeconds: 3600, expirationSource: 'pod-annotation' });
  });

  it('leaves the pod alone when the annotation key is misspelt', () => {
    const typo = createServiceAccount(
      withWiring(DEFAULT_SCENARIO, { annotationKey: 'eks.amazonaws.com/role_arn' }),
      ids(),
    );
    expect(mutatePod(admitted, typo, 'us-west-2')).toBeNull();
  });

  it('leaves the pod alone when the role-arn annotation is empty', () => {
    const empty = createServiceAccount(
      withWiring(DEFAULT_SCENARIO, { roleArnAnnotation: '' }),
      ids(),
    );
    expect(empty.metadata.annotations?.['eks.amazonaws.com/role-arn']).toBe('');
    expect(mutatePod(admitted, empty, 'us-west-2')).toBeNull();
  });
});

describe('token lifetime precedence: pod annotation > ServiceAccount annotation > flag', () => {
  it.each<[string | undefined, string | undefined, number | undefined, number, string]>([
    // pod annotation, ServiceAccount annotation, --token-expiration, seconds, source
    [undefined, undefined, undefined, 86400, 'flag'],
    [undefined, undefined, 3600, 3600, 'flag'],
    [undefined, '7200', 3600, 7200, 'service-account-annotation'],
    ['1800', '7200', 3600, 1800, 'pod-annotation'],
    ['1800', undefined, undefined, 1800, 'pod-annotation'],
    ['60', '7200', undefined, 600, 'pod-annotation'],
    [undefined, '60', undefined, 600, 'service-account-annotation'],
    ['-5', undefined, undefined, 600, 'pod-annotation'],
    ['+900', undefined, undefined, 900, 'pod-annotation'],
    ['1h', '7200', undefined, 7200, 'service-account-annotation'],
    ['', '7200', undefined, 7200, 'service-account-annotation'],
    ['1h', 'soon', 3600, 3600, 'flag'],
    ['600.5', undefined, undefined, 86400, 'flag'],
  ])('pod %j, ServiceAccount %j, flag %j → %i s from %s', (pod, sa, flag, seconds, source) => {
    expect(
      tokenExpiration({
        podAnnotation: pod,
        serviceAccountAnnotation: sa,
        ...(flag !== undefined ? { flag } : {}),
      }),
    ).toEqual({ seconds, source });
  });
});

describe('kubernetesAtLeast', () => {
  it.each<[string, string, boolean]>([
    ['1.34', '1.30', true],
    ['1.30', '1.30', true],
    ['1.29', '1.30', false],
    ['1.9', '1.30', false],
    ['1.100', '1.30', true],
    ['2.0', '1.30', true],
    ['1.18', '1.21', false],
    ['1.30.2', '1.30', true],
    ['latest', '1.30', false],
  ])('%s ≥ %s: %s', (version, min, expected) => {
    expect(kubernetesAtLeast(version, min)).toBe(expected);
  });
});

describe('the node the pod is scheduled on', () => {
  it('is named like an EKS worker: the EC2 private DNS name', () => {
    expect(nodeName('us-west-2')).toBe('ip-192-168-12-34.us-west-2.compute.internal');
    expect(nodeName('us-east-1')).toBe('ip-192-168-12-34.ec2.internal');
    const node = clusterNode(DEFAULT_SCENARIO, ids());
    expect(node.uid).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(bindToNode(createPodManifest(DEFAULT_SCENARIO, ids()), node).spec.nodeName).toBe(
      node.name,
    );
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
        // `y` is a boolean in YAML 1.1, which kubectl's printer follows: quoted, as kubectl does.
        '  - i: "y"',
      ].join('\n'),
    );
  });
});
