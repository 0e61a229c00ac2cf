import { fixedClock, type Clock } from './clock';
import { seededIds } from './ids';
import type { RunEnvironment } from './run-environment';

/** The instant the deterministic mode's clock always reads. */
export const DEMO_TIME = '2026-11-28T12:00:00Z';

/** An environment whose ids come from `seed`: one independent sequence per purpose. */
export function seededEnvironment(
  clock: Clock,
  seed: string,
  keys: RunEnvironment['keys'],
): RunEnvironment {
  return { clock, ids: (purpose) => seededIds(`${seed}:${purpose}`), keys };
}

/**
 * Deterministic mode: the bundled demo keys, a fixed clock and seeded ids. The same scenario
 * gives byte-identical tokens, signatures and XML, run after run (RS256 is deterministic).
 */
export function deterministicEnvironment(seed = 'demo', time = DEMO_TIME): RunEnvironment {
  return seededEnvironment(fixedClock(time), seed, 'demo');
}
