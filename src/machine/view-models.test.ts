import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { DETERMINISTIC_SETTINGS } from './environment';
import { irsaMachine } from './irsa-machine';
import { catalogueOf } from './flow-catalogue';
import { selectTokenView } from './view-models';

async function runToEnd(id: string, settings = DETERMINISTIC_SETTINGS) {
  const actor = createActor(irsaMachine, {
    input: { settings, scenario: catalogueOf('irsa').choice(id, false).scenario, target: 6 },
  }).start();
  return waitFor(actor, (s) => s.hasTag('done') || s.hasTag('failed'));
}

describe('the token view', () => {
  const timeOf = (snap: Awaited<ReturnType<typeof runToEnd>>, claim: string) =>
    selectTokenView(snap)?.claims.find((c) => c.name === claim)?.time;

  it('gives iat, nbf and exp their UTC time relative to the run clock, and no other field', async () => {
    // Deterministic mode: the clock is 2026-11-28T12:00:00Z and the token was issued then.
    const snap = await runToEnd('happy-path');
    expect(timeOf(snap, 'iat')).toEqual({ utc: '2026-11-28 12:00:00 UTC', relative: 'now' });
    expect(timeOf(snap, 'nbf')).toEqual({ utc: '2026-11-28 12:00:00 UTC', relative: 'now' });
    expect(timeOf(snap, 'exp')).toEqual({
      utc: '2026-11-29 12:00:00 UTC',
      relative: 'valid for 24 more hours',
    });
    const view = selectTokenView(snap)!;
    const timed = [...view.header, ...view.claims].filter((f) => f.time).map((f) => f.name);
    expect(timed).toEqual(['exp', 'iat', 'nbf']);
    expect(JSON.parse(view.claimsJson)).toMatchObject({ iat: 1795867200, exp: 1795953600 });
  });

  it('says an expired token expired, and how long ago', async () => {
    const snap = await runToEnd('expired-token');
    expect(timeOf(snap, 'exp')).toEqual({
      utc: '2026-11-28 11:00:00 UTC',
      relative: 'expired 60 minutes ago',
    });
    expect(timeOf(snap, 'iat')?.relative).toBe('25 hours ago');
  });

  it('takes the run clock from the token when the clock is not fixed', async () => {
    const snap = await runToEnd('expired-token', { keys: 'demo', seed: 'demo', fixedTime: null });
    expect(timeOf(snap, 'exp')?.relative).toBe('expired 60 minutes ago');
  });
});

describe('the token view of a 1.30+ token', () => {
  it('explains jti, and the node inside kubernetes.io', async () => {
    const view = selectTokenView(await runToEnd('happy-path'))!;
    expect(view.claims.map((c) => c.name)).toEqual([
      'aud',
      'exp',
      'iat',
      'iss',
      'jti',
      'kubernetes.io',
      'nbf',
      'sub',
    ]);
    const field = (name: string) => view.claims.find((c) => c.name === name)!;
    expect(field('jti').explanation).toMatch(/UUID.*1\.30.*audit log/);
    expect(field('kubernetes.io').value).toContain('"node"');
    expect(field('kubernetes.io').explanation).toMatch(/bound to.*node the pod was scheduled on/);
  });
});
