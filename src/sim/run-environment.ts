import type { Clock } from './clock';
import type { IdSource } from './ids';

/**
 * What a run needs from outside the simulation: time, ids and where keys come from.
 * The machine builds one from plain settings; tests build a deterministic one.
 */
export interface RunEnvironment {
  clock: Clock;
  /** Ids for one named purpose; the same seed and purpose always give the same sequence. */
  ids(purpose: string): IdSource;
  keys: 'demo' | 'fresh';
}
