/** The comparison reads both runs: real deterministic walks of IRSA and EKS Pod Identity. */
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import type { PodIdentityRunRecord } from '../sim/pod-identity';
import {
  selectArtifacts,
  selectDifferences,
  selectLockstep,
  selectStepPairs,
  type CompareSide,
  type DifferenceRow,
} from './compare-view';
import { DETERMINISTIC_SETTINGS } from './environment';
import { catalogueOf } from './flow-catalogue';
import { irsaMachine } from './irsa-machine';
import { podIdentityMachine } from './pod-identity';
import type { IrsaSnapshot } from './selectors';
import { irsaRunOf } from './types';

const settled = (s: IrsaSnapshot) => !s.hasTag('busy') && (s.hasTag('ready') || s.hasTag('failed'));

async function walk(flow: 'irsa' | 'pod-identity', target: number, id: string | null = null) {
  const { scenario } = catalogueOf(flow).choice(id, false);
  const logic = flow === 'irsa' ? irsaMachine : podIdentityMachine;
  const actor = createActor(logic, {
    input: { settings: DETERMINISTIC_SETTINGS, scenario, target },
  }).start();
  const snap = await waitFor(actor, (s) => settled(s) && (s.hasTag('failed') || at(s, target)));
  return { actor, snap };
}
const at = (s: IrsaSnapshot, n: number) =>
  n === 0 ? s.context.run.world !== null : !!s.context.run.steps[s.context.flow.steps[n - 1]!.id];

const side = (s: IrsaSnapshot): CompareSide => s.context;
const row = (rows: DifferenceRow[], id: string) => rows.find((r) => r.id === id)!;
const text = (v: DifferenceRow['irsa']) => (v.kind === 'value' ? v.text : v.kind);

describe('IRSA and Pod Identity compared from their runs', () => {
  it('reads every run value from both finished runs', async () => {
    const irsa = await walk('irsa', 6);
    const pi = await walk('pod-identity', 6);
    const rows = selectDifferences(side(irsa.snap), side(pi.snap));
    const irsaWorld = irsaRunOf(irsa.snap.context)!.world!;
    const piRun = pi.snap.context.run as unknown as PodIdentityRunRecord;

    expect(text(row(rows, 'verifier').irsa)).toBe(
      'STS (step 3; the six-step story draws it at IAM)',
    );
    expect(text(row(rows, 'verifier').podIdentity)).toBe('EKS Auth (step 3)');
    expect(text(row(rows, 'iam-per-cluster').irsa)).toBe(
      `An IAM OIDC provider: ${irsaWorld.iam.oidcProviders[0]!.Arn}`,
    );
    expect(text(row(rows, 'iam-per-cluster').podIdentity)).toMatch(/^None/);
    expect(text(row(rows, 'trust-principal').irsa)).toBe(
      `Federated ${irsaWorld.iam.oidcProviders[0]!.Arn}`,
    );
    expect(text(row(rows, 'trust-principal').podIdentity)).toBe('Service pods.eks.amazonaws.com');
    expect(text(row(rows, 'trust-actions').irsa)).toBe('sts:AssumeRoleWithWebIdentity');
    expect(text(row(rows, 'trust-actions').podIdentity)).toBe('sts:AssumeRole; sts:TagSession');
    expect(text(row(rows, 'trust-conditions').irsa)).toMatch(/StringEquals .+:sub/);
    expect(text(row(rows, 'trust-conditions').podIdentity)).toBe('None');
    expect(text(row(rows, 'token-audience').irsa)).toBe('sts.amazonaws.com');
    expect(text(row(rows, 'token-audience').podIdentity)).toBe('pods.eks.amazonaws.com');
    expect(text(row(rows, 'token-file').irsa)).toBe(
      'AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token',
    );
    expect(text(row(rows, 'token-file').podIdentity)).toBe(
      'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE=/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token',
    );
    expect(text(row(rows, 'session-tags').irsa)).toMatch(/^None: AssumeRoleWithWebIdentity/);
    const tags = piRun.steps['eks-auth-to-sts']!.assumeRole!.tags;
    expect(tags).toHaveLength(6);
    expect(text(row(rows, 'session-tags').podIdentity)).toBe(
      tags.map((t) => `${t.key}=${t.value}`).join(', '),
    );
    // The documented rows carry their sources as links.
    for (const id of ['cross-account', 'sts-load', 'where']) {
      const source = row(rows, id).source;
      expect(source.kind).toBe('docs');
      if (source.kind === 'docs')
        for (const link of source.links)
          expect(link.href).toMatch(/^https:\/\/(docs\.aws\.amazon\.com\/eks|repost\.aws)\//);
    }

    const [token, credentials] = selectArtifacts(side(irsa.snap), side(pi.snap));
    expect(JSON.parse(text(token!.irsa))).toEqual({
      aud: ['sts.amazonaws.com'],
      sub: irsaWorld.kubernetes.token!.claims.sub,
      iss: irsaWorld.kubernetes.token!.claims.iss,
    });
    expect(text(credentials!.irsa)).toMatch(/<AssumeRoleWithWebIdentityResponse[\s\S]+ASIA/);
    expect(JSON.parse(text(credentials!.podIdentity).split('\n\n')[1]!)).toMatchObject({
      AccessKeyId: expect.stringMatching(/^ASIA/) as string,
    });
    irsa.actor.stop();
    pi.actor.stop();
  });

  it('says "not run yet" for what a step has not produced, never a guess', async () => {
    const irsa = await walk('irsa', 0);
    const pi = await walk('pod-identity', 2);
    const rows = selectDifferences(side(irsa.snap), side(pi.snap));
    expect(row(rows, 'session-tags')).toMatchObject({
      irsa: { kind: 'not-run', step: 1 },
      podIdentity: { kind: 'not-run', step: 4 },
    });
    expect(text(row(rows, 'token-audience').irsa)).toBe('sts.amazonaws.com');
    expect(selectArtifacts(side(irsa.snap), side(pi.snap))[1]).toMatchObject({
      irsa: { kind: 'not-run', step: 5 },
      podIdentity: { kind: 'not-run', step: 5 },
    });
    // Before Setup has run there is no world: every run row waits.
    const empty = { ...side(irsa.snap), run: { world: null, steps: {} } };
    expect(row(selectDifferences(empty, side(pi.snap)), 'trust-principal').irsa).toEqual({
      kind: 'not-run',
      step: 0,
    });
    irsa.actor.stop();
    pi.actor.stop();
  });

  it('reads a broken run as it is, and says where a failed run stopped', async () => {
    const irsa = await walk('irsa', 6, 'no-oidc-provider');
    const pi = await walk('pod-identity', 6, 'pod-identity-association-deleted');
    const rows = selectDifferences(side(irsa.snap), side(pi.snap));
    expect(text(row(rows, 'iam-per-cluster').irsa)).toBe(
      "None: this run's IAM has no OIDC provider",
    );
    expect(row(rows, 'session-tags').podIdentity).toEqual({
      kind: 'not-reached',
      step: 4,
      stoppedAt: 3,
    });
    expect(selectLockstep([irsa.snap, pi.snap])).toMatchObject({
      target: 6,
      canGoForward: false,
      canGoBack: true,
    });
    irsa.actor.stop();
    pi.actor.stop();
  });

  it('walks in lockstep to the furthest position asked; a failed side does not hold the other', async () => {
    const irsa = await walk('irsa', 2, 'no-oidc-provider');
    const pi = await walk('pod-identity', 3);
    expect(irsa.snap.hasTag('failed')).toBe(true);
    expect(selectLockstep([irsa.snap, pi.snap])).toEqual({
      target: 3,
      steps: 6,
      canGoBack: true,
      canGoForward: true,
    });
    expect(selectLockstep([undefined, undefined])).toMatchObject({ canGoForward: false });
    const pairs = selectStepPairs(irsa.snap.context.flow, pi.snap.context.flow);
    expect(pairs).toHaveLength(6);
    expect(pairs[0]!.irsa).toMatch(/^Pod → STS: /);
    expect(pairs[0]!.podIdentity).toMatch(/^Pod → Pod Identity Agent: /);
    expect(pairs[5]!.podIdentity).toMatch(/^Pod → S3: /);
    irsa.actor.stop();
    pi.actor.stop();
  });
});
