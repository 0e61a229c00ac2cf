/** The machine's context, events and input, and the constants views need. */
import type { Flow } from '../content/steps';
import type { IrsaStepId, RunRecord, Scenario, SimError, StepOutcome } from '../sim';
import type { PodIdentityScenario } from '../sim/pod-identity';
import type { RunSettings } from './environment';

/** What every step of every flow records: the checks it made, and the error it ended with. */
export type StepRecord = StepOutcome;

/** A run of any flow: its world and each step's record, by step id. Plain JSON. */
export interface WalkRun {
  world: object | null;
  steps: Partial<Record<string, StepRecord | null>>;
}

/** The scenario a flow runs: IRSA's names and wiring, or Pod Identity's. */
export type FlowScenario = Scenario | PodIdentityScenario;

/** The tags the walk puts on its states; views ask `hasTag` with these only. */
export type WalkTag = 'busy' | 'ready' | 'done' | 'failed' | 'waiting' | 'playing';

export interface IrsaContext {
  /** The flow being walked: its steps, in order, by id. */
  flow: Flow;
  scenario: FlowScenario;
  settings: RunSettings;
  run: WalkRun;
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
  | { type: 'scenario.load'; scenario: FlowScenario; target?: number }
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
  flow?: Flow;
  scenario?: FlowScenario;
  settings?: RunSettings;
  /** Open at this step (deep link): its place in the flow, 0 = Setup; clamped to the flow. */
  target?: number;
}

export interface StepInput {
  /** The step to run, by id. */
  step: string;
  flowId: string;
  run: WalkRun;
  settings: RunSettings;
}

/** A position (0 = Setup, then the flow's steps) kept within the flow. */
export const clampStep = (n: number, flow: Flow) =>
  Number.isInteger(n) ? Math.min(flow.steps.length, Math.max(0, n)) : 0;

/** The record of a step, by id. */
export const recordOf = (run: WalkRun, id: string): StepRecord | null => run.steps[id] ?? null;

/** The error AWS answered during Setup (Pod Identity's association refused), if any. */
export function setupErrorOf(run: WalkRun): SimError | null {
  return (run.world as { setupError?: SimError | null } | null)?.setupError ?? null;
}

/** IRSA's run, when the flow walked is IRSA: what IRSA's own views read. */
export function irsaRunOf(context: { flow: Flow; run: WalkRun }): RunRecord | null {
  return context.flow.id === 'irsa' ? (context.run as unknown as RunRecord) : null;
}

/** IRSA's scenario, when the flow walked is IRSA (the lab edits IRSA's names and wiring). */
export function irsaScenarioOf(context: { flow: Flow; scenario: FlowScenario }): Scenario | null {
  return context.flow.id === 'irsa' ? (context.scenario as Scenario) : null;
}
export type { IrsaStepId };
