import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, waitFor } from 'xstate';
import { DEFAULT_SCENARIO, withWiring } from '../sim';
import { DETERMINISTIC_SETTINGS } from './environment';
import { irsaMachine } from './irsa-machine';
import { STEP_INTERVAL_MS } from './types';
import { selectPosition, type IrsaSnapshot } from './selectors';

const idle = (s: IrsaSnapshot) => !s.hasTag('busy');

function start(target = 0) {
  const clock = new SimulatedClock();
  const actor = createActor(irsaMachine, {
    input: { settings: DETERMINISTIC_SETTINGS, target },
    clock,
  }).start();
  return { actor, clock };
}

/** Let one playback interval pass and the step it asked for finish. */
async function tick(env: ReturnType<typeof start>, ms: number) {
  env.clock.increment(ms);
  return waitFor(env.actor, idle);
}

describe('playback', () => {
  it('Play moves at once, then at 4× one step per quarter interval, and pauses by itself at the end', async () => {
    const env = start();
    await waitFor(env.actor, idle);
    env.actor.send({ type: 'playback.speed', speed: 4 });
    env.actor.send({ type: 'playback.play' });
    expect(env.actor.getSnapshot().hasTag('playing')).toBe(true);
    // No dead pause on Setup: step 1 starts before any time has passed.
    let snap = await waitFor(env.actor, idle);
    expect(selectPosition(snap)).toBe(1);
    snap = await tick(env, STEP_INTERVAL_MS / 4 - 1);
    expect(selectPosition(snap)).toBe(1);
    snap = await tick(env, 1);
    expect(selectPosition(snap)).toBe(2);
    for (let step = 3; step <= 6; step++) {
      snap = await tick(env, STEP_INTERVAL_MS / 4);
      expect(selectPosition(snap)).toBe(step);
    }
    expect(snap.hasTag('done')).toBe(true);
    expect(snap.hasTag('playing')).toBe(false);
  });

  it('Pause stops the walk where it is', async () => {
    const env = start();
    await waitFor(env.actor, idle);
    env.actor.send({ type: 'playback.toggle' });
    let snap = await tick(env, STEP_INTERVAL_MS);
    expect(selectPosition(snap)).toBe(1);
    env.actor.send({ type: 'playback.toggle' });
    snap = await tick(env, STEP_INTERVAL_MS * 3);
    expect(selectPosition(snap)).toBe(1);
    expect(snap.hasTag('playing')).toBe(false);
  });

  it('Play at the end starts again from the first step without recomputing', async () => {
    const env = start(6);
    const done = await waitFor(env.actor, (s) => s.hasTag('done'));
    const world = done.context.run.world;
    env.actor.send({ type: 'playback.play' });
    const snap = await waitFor(env.actor, idle);
    expect(selectPosition(snap)).toBe(1);
    expect(snap.hasTag('playing')).toBe(true);
    expect(snap.context.run.world).toBe(world);
  });

  it('a failing step pauses playback at its hop', async () => {
    const clock = new SimulatedClock();
    const scenario = withWiring(DEFAULT_SCENARIO, { oidcProviderRegistered: false });
    const actor = createActor(irsaMachine, {
      input: { settings: DETERMINISTIC_SETTINGS, scenario },
      clock,
    }).start();
    await waitFor(actor, idle);
    actor.send({ type: 'playback.play' });
    for (let i = 0; i < 4; i++) {
      clock.increment(STEP_INTERVAL_MS);
      await waitFor(actor, idle);
    }
    const snap = actor.getSnapshot();
    expect(snap.hasTag('failed')).toBe(true);
    expect(selectPosition(snap)).toBe(2);
    expect(snap.hasTag('playing')).toBe(false);
  });

  it('going back by hand pauses playback', async () => {
    const env = start(2);
    await waitFor(env.actor, (s) => selectPosition(s) === 2 && idle(s));
    env.actor.send({ type: 'playback.play' });
    await waitFor(env.actor, (s) => selectPosition(s) === 3 && idle(s));
    env.actor.send({ type: 'step.previous' });
    const snap = await waitFor(env.actor, idle);
    expect(selectPosition(snap)).toBe(2);
    expect(snap.hasTag('playing')).toBe(false);
  });
});
