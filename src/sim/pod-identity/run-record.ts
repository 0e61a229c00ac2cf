/** A Pod Identity run so far: the world and each step's record. Plain JSON. */
import type { PodIdentityWorld } from './prepare-world';
import type { PodIdentitySteps } from './types';

export interface PodIdentityRunRecord {
  world: PodIdentityWorld;
  steps: PodIdentitySteps;
}

/** Thrown only when a step is asked for before one it depends on: a programming error. */
export function need<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`pod identity: ${what} has not run`);
  return value;
}
