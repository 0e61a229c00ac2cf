/** The Pod Identity walk: the same machine as IRSA's, built from Pod Identity's table. */
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { selectActorWork, selectLanes, selectMessages, selectSequence } from './diagram-view';
import { DETERMINISTIC_SETTINGS } from './environment';
import { catalogueOf } from './flow-catalogue';
import { podIdentityMachine } from './pod-identity';
import { selectError, selectPosition, selectStatusText, selectStep } from './selectors';

async function walk(id: string, target = 6) {
  const { scenario } = catalogueOf('pod-identity').choice(id, false);
  const actor = createActor(podIdentityMachine, {
    input: { settings: DETERMINISTIC_SETTINGS, scenario, target },
  }).start();
  const snap = await waitFor(actor, (s) => s.hasTag('done') || s.hasTag('failed'));
  actor.stop();
  return snap;
}

describe('the EKS Pod Identity walk', () => {
  it('goes pod → agent → EKS Auth → STS → pod → S3 and lists the buckets', async () => {
    const snap = await walk('pod-identity-happy-path');
    expect(selectStatusText(snap)).toBe('Step 6 of 6: The pod calls S3 with them');
    expect(selectLanes(snap)).toEqual(['pod', 'agent', 'eks-auth', 'oidc', 'sts', 's3']);
    expect(selectMessages(snap).map((m) => `${m.from}→${m.to}`)).toEqual([
      'pod→agent',
      'agent→eks-auth',
      'eks-auth→oidc',
      'eks-auth→sts',
      'agent→pod',
      'pod→s3',
    ]);
    expect(selectSequence(snap).every((r) => r.result === 'passed')).toBe(true);
  });

  it('stops where AWS refuses, with its code, at the actor that refused', async () => {
    const snap = await walk('pod-identity-association-deleted');
    expect(selectStep(snap)?.id).toBe('eks-auth-verifies-token');
    expect(selectError(snap)).toMatchObject({ awsCode: 'ResourceNotFoundException' });
    expect(selectActorWork(snap)).toMatchObject({ actor: 'eks-auth' });
  });

  it('a role in another account is refused at Setup: no step runs', async () => {
    const snap = await walk('pod-identity-role-in-another-account');
    expect(selectPosition(snap)).toBe(0);
    expect(selectError(snap)).toMatchObject({ awsCode: 'InvalidParameterException' });
    expect(selectStatusText(snap)).toMatch(/^Setup failed: InvalidParameterException: /);
    expect(snap.can({ type: 'step.next' })).toBe(false);
  });
});
