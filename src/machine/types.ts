/** The machine's context, events and input, and the constants views need. */
import { STEP_SLOTS, type RunRecord, type Scenario, type StepNumber } from '../sim';
import type { RunSettings } from './environment';

export type StepRecord = NonNullable<RunRecord[(typeof STEP_SLOTS)[number]]>;

export interface IrsaContext {
  scenario: Scenario;
  settings: RunSettings;
  run: RunRecord;
  /** The step the user wants to see (0 = Setup); the machine walks there, stopping at a failure. */
  target: number;
  /** An unexpected exception (a bug, never an AWS error): shown instead of crashing. */
  crash: string | null;
  /** Playback speed: 0.5, 1, 2 or 4. */
  speed: PlaybackSpeed;
  /**
   * Show the real mechanics instead of the six-step story (STS fetches the keys itself, IAM is a
   * decision inside AWS). A way of looking, shared by the diagram, the narration and the tables.
   */
  realMechanics: boolean;
}

export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];
/** Time per step when playing at 1×. */
export const STEP_INTERVAL_MS = 3000;

export type IrsaEvent =
  | { type: 'step.next' }
  | { type: 'step.previous' }
  | { type: 'step.goto'; step: number }
  | { type: 'run.restart' }
  /** Load another scenario (catalogue pick, "Apply the fix", an edit) and run it to `target`. */
  | { type: 'scenario.load'; scenario: Scenario; target?: number }
  /**
   * The user's edit is invalid (a field, a policy's JSON): the run waits, showing nothing of the
   * previous scenario, until a valid `scenario.load` arrives.
   */
  | { type: 'scenario.invalid' }
  | { type: 'view.realMechanics'; on: boolean }
  | { type: 'playback.play' }
  | { type: 'playback.pause' }
  | { type: 'playback.toggle' }
  | { type: 'playback.speed'; speed: PlaybackSpeed }
  /** Raised by the walk when it can go no further (done or failed). */
  | { type: 'playback.finished' };

export interface IrsaInput {
  scenario?: Scenario;
  settings?: RunSettings;
  /** Open at this step (deep link); clamped to 0–6. */
  target?: number;
}

export interface StepInput {
  step: StepNumber;
  run: RunRecord;
  settings: RunSettings;
}

export const LAST_STEP = 6;
export const clampStep = (n: number) =>
  Number.isInteger(n) ? Math.min(LAST_STEP, Math.max(0, n)) : 0;
export const slotOf = (n: number) => STEP_SLOTS[n - 1]!;
