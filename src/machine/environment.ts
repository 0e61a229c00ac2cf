import { clockFrom, DEMO_TIME, fixedClock, seededEnvironment, type RunEnvironment } from '../sim';

/**
 * How a run gets its time, ids and keys, as plain JSON the machine can keep in context.
 * `fixedTime` null = the browser's clock; `keys` fresh = generated in the browser.
 */
export interface RunSettings {
  keys: 'demo' | 'fresh';
  seed: string;
  fixedTime: string | null;
}

/**
 * The room mode: the bundled demo key, the fixed clock and ids seeded by `seed`. Everyone with the
 * same seed gets byte-identical tokens, signatures and ids.
 */
export function seededSettings(seed: string): RunSettings {
  return { keys: 'demo', seed, fixedTime: DEMO_TIME };
}

/** Deterministic settings: demo key, fixed clock, seed `demo`. Tests use these. */
export const DETERMINISTIC_SETTINGS: RunSettings = seededSettings('demo');

/** A fresh random seed (only for ids; keys come from WebCrypto). */
export function randomSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The default for the app: fresh keys, the real clock, a random seed. */
export function freshSettings(): RunSettings {
  return { keys: 'fresh', seed: randomSeed(), fixedTime: null };
}

/** A page's settings: the room seed from the URL, or fresh keys and the real clock. */
export function settingsFor(seed: string | null): RunSettings {
  return seed === null ? freshSettings() : seededSettings(seed);
}

/** Build the simulation's environment from plain settings. */
export function environmentFor(settings: RunSettings): RunEnvironment {
  const clock = settings.fixedTime ? fixedClock(settings.fixedTime) : clockFrom(() => Date.now());
  return seededEnvironment(clock, settings.seed, settings.keys);
}
