import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock';
import { deterministicEnvironment, seededEnvironment } from '../deterministic';
import { headerValue } from '../http';
import type { RunEnvironment } from '../run-environment';
import {
  DEFAULT_POD_IDENTITY_SCENARIO,
  EMPTY_POD_IDENTITY_STEPS,
  POD_IDENTITY_STEPS,
  podIdentityOutcome,
  podIdentityScenarioFor,
  preparePodIdentityWorld,
  runAllPodIdentity,
  runPodIdentityStep,
} from '.';
import { podIdentitySessionName } from './names';

describe('the Pod Identity flow table', () => {
  it('lists six steps in the order of the real exchange, numbered, with actors', () => {
    expect(POD_IDENTITY_STEPS.map((s) => [s.number, s.id, s.from, s.to])).toEqual([
      [1, 'pod-to-agent', 'Pod', 'Pod Identity Agent'],
      [2, 'agent-to-eks-auth', 'Pod Identity Agent', 'EKS Auth'],
      [3, 'eks-auth-verifies-token', 'EKS Auth', 'EKS Auth'],
      [4, 'eks-auth-to-sts', 'EKS Auth', 'STS'],
      [5, 'agent-to-pod', 'Pod Identity Agent', 'Pod'],
      [6, 'pod-to-s3', 'Pod', 'S3'],
    ]);
  });

  it('runs step by step from the record so far, as the machine will', async () => {
    const env = deterministicEnvironment();
    let record = {
      world: await preparePodIdentityWorld(DEFAULT_POD_IDENTITY_SCENARIO, env),
      steps: EMPTY_POD_IDENTITY_STEPS,
    };
    for (const step of POD_IDENTITY_STEPS) record = await runPodIdentityStep(step, record, env);
    expect(POD_IDENTITY_STEPS.every((s) => record.steps[s.id]?.ok)).toBe(true);
    const all = await runAllPodIdentity(DEFAULT_POD_IDENTITY_SCENARIO, env);
    expect(JSON.stringify(record)).toBe(JSON.stringify(all));
  });

  it('gives the same bytes for the same seed, and records plain JSON', async () => {
    const a = await runAllPodIdentity(DEFAULT_POD_IDENTITY_SCENARIO, deterministicEnvironment());
    const b = await runAllPodIdentity(DEFAULT_POD_IDENTITY_SCENARIO, deterministicEnvironment());
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('draws ids only from its own purposes (and the shared S3 handler’s), so IRSA’s do not move', async () => {
    const base = deterministicEnvironment();
    const purposes = new Set<string>();
    const env: RunEnvironment = { ...base, ids: (p) => (purposes.add(p), base.ids(p)) };
    await runAllPodIdentity(DEFAULT_POD_IDENTITY_SCENARIO, env);
    for (const p of purposes) expect(p === 's3' || p.startsWith('pod-identity-'), p).toBe(true);
  });

  it('works with a key pair generated for the run', async () => {
    const env = seededEnvironment(fixedClock('2026-11-28T12:00:00Z'), 'fresh', 'fresh');
    const run = await runAllPodIdentity(DEFAULT_POD_IDENTITY_SCENARIO, env);
    expect(podIdentityOutcome(run)).toEqual({ step: 6, ok: true, error: null });
  });
});

describe('setup', () => {
  it('mutates the pod with the eks-pod-identity-token volume, mount and AWS_CONTAINER_* variables', async () => {
    const world = await preparePodIdentityWorld(
      DEFAULT_POD_IDENTITY_SCENARIO,
      deterministicEnvironment(),
    );
    const pod = world.kubernetes.pod;
    expect(pod.spec.volumes?.[0]).toEqual({
      name: 'eks-pod-identity-token',
      projected: {
        sources: [
          {
            serviceAccountToken: {
              audience: 'pods.eks.amazonaws.com',
              expirationSeconds: 86400,
              path: 'eks-pod-identity-token',
            },
          },
        ],
        defaultMode: 420,
      },
    });
    const container = pod.spec.containers[0]!;
    expect(container.env?.slice(-2)).toEqual([
      { name: 'AWS_CONTAINER_CREDENTIALS_FULL_URI', value: 'http://169.254.170.23/v1/credentials' },
      {
        name: 'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
        value: '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token',
      },
    ]);
    expect(container.volumeMounts).toContainEqual({
      name: 'eks-pod-identity-token',
      readOnly: true,
      mountPath: '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount',
    });
    expect(world.kubernetes.serviceAccount.metadata.annotations).toBeUndefined();
    expect(world.eks.agent?.spec.template.spec.hostNetwork).toBe(true);
  });

  it('creates the association with an a- id of 19 characters and the EKS ARN shape', async () => {
    const world = await preparePodIdentityWorld(
      DEFAULT_POD_IDENTITY_SCENARIO,
      deterministicEnvironment(),
    );
    const a = world.eks.association!;
    expect(a.associationId).toMatch(/^a-[a-z0-9]{17}$/);
    expect(a.associationArn).toBe(
      `arn:aws:eks:us-west-2:111122223333:podidentityassociation/my-cluster/${a.associationId}`,
    );
    expect(world.eks.createAssociation?.request.target).toBe(
      '/clusters/my-cluster/pod-identity-associations',
    );
  });

  it('stops before step 1 when CreatePodIdentityAssociation is refused', async () => {
    const run = await runAllPodIdentity(
      podIdentityScenarioFor({ wiring: { roleAccountId: '444455556666' } }),
      deterministicEnvironment(),
    );
    expect(run.world.kubernetes.mutation).toBeNull();
    expect(POD_IDENTITY_STEPS.every((s) => run.steps[s.id] === null)).toBe(true);
    expect(run.world.eks.createAssociation?.response.status).toBe(400);
  });
});

describe('the exchange', () => {
  it('sends the token file’s content as is in Authorization, no Bearer', async () => {
    const run = await runAllPodIdentity(DEFAULT_POD_IDENTITY_SCENARIO, deterministicEnvironment());
    const request = run.steps['pod-to-agent']!.request!;
    expect(request.target).toBe('/v1/credentials');
    expect(headerValue(request.headers, 'Authorization')).toBe(run.world.kubernetes.token?.compact);
  });

  it('assumes the role for six hours with the six transitive session tags', async () => {
    const run = await runAllPodIdentity(DEFAULT_POD_IDENTITY_SCENARIO, deterministicEnvironment());
    const step = run.steps['eks-auth-to-sts']!;
    expect(step.assumeRole?.durationSeconds).toBe(21600);
    expect(Object.fromEntries(step.assumeRole!.tags.map((t) => [t.key, t.value]))).toEqual({
      'eks-cluster-arn': 'arn:aws:eks:us-west-2:111122223333:cluster/my-cluster',
      'eks-cluster-name': 'my-cluster',
      'kubernetes-namespace': 'default',
      'kubernetes-service-account': 'my-service-account',
      'kubernetes-pod-name': 'my-app',
      'kubernetes-pod-uid': run.world.kubernetes.pod.metadata.uid,
    });
    expect(step.assumeRole?.transitiveTagKeys).toHaveLength(6);
    expect(step.conditionKeys['aws:TagKeys']).toHaveLength(6);
    const body = JSON.parse(step.response!.body) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual([
      'subject',
      'audience',
      'podIdentityAssociation',
      'assumedRoleUser',
      'credentials',
    ]);
    expect(body.audience).toBe('pods.eks.amazonaws.com');
  });

  it('names the session eks-<cluster, 10 characters>-<pod>-<uuid>, within 64 characters', () => {
    const uuid = '498124c2-a555-40bf-9059-ca9a26821eb0';
    expect(podIdentitySessionName('eksworkshop-eksctl', 'app1', uuid)).toBe(
      `eks-eksworksho-app1-${uuid}`,
    );
    expect(
      podIdentitySessionName('c', 'a-very-long-pod-name-indeed-xyz', uuid).length,
    ).toBeLessThanOrEqual(64);
  });

  it('falls through to the node role when the pod was never mutated', async () => {
    const run = await runAllPodIdentity(
      podIdentityScenarioFor({ wiring: { association: 'missing' } }),
      deterministicEnvironment(),
    );
    expect(run.steps['pod-to-agent']?.skipped).toContain('IMDS');
    expect(run.steps['agent-to-pod']?.assumedRoleArn).toMatch(/assumed-role\/eks-node-role\/i-/);
    expect(run.steps['pod-to-s3']?.principalTags).toEqual({});
  });
});
