import { fixedClock } from './clock';
import { seededIds } from './ids';
import type { RunEnvironment } from './run-environment';

/** The instant the deterministic mode's clock always reads. */
export const DEMO_TIME = '2026-11-28T12:00:00Z';

/**
 * Deterministic mode: the bundled demo keys, a fixed clock and seeded ids. The same scenario
 * gives byte-identical tokens, signatures and XML, run after run (RS256 is deterministic).
 */
export function deterministicEnvironment(seed = 'demo', time = DEMO_TIME): RunEnvironment {
  return {
    clock: fixedClock(time),
    ids: (purpose) => seededIds(`${seed}:${purpose}`),
    keys: 'demo',
  };
}
