/**
 * The walkthrough as a state machine: Setup, then the six steps in order. Entering a step
 * invokes the one sim function for it; its record is kept in context, so going back shows
 * it again without redoing its crypto. A failed step is tagged `failed`, step 6 passed `done`.
 * A parallel `playback` region plays the walk at a chosen speed (Play / Pause).
 */
import { assign, fromPromise, raise, setup } from 'xstate';
import {
  DEFAULT_SCENARIO,
  EMPTY_RUN,
  STEP_SLOTS,
  type RunRecord,
  type Scenario,
  type StepNumber,
  type World,
} from '../sim';
import { environmentFor, freshSettings, randomSeed, type RunSettings } from './environment';

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
// The crypto-heavy simulation arrives in its own chunk, after the first paint.
const loadEngine = () => import('../sim/engine');
const clampStep = (n: number) => (Number.isInteger(n) ? Math.min(LAST_STEP, Math.max(0, n)) : 0);
const slotOf = (n: number) => STEP_SLOTS[n - 1]!;

export const irsaMachine = setup({
  types: {
    context: {} as IrsaContext,
    events: {} as IrsaEvent,
    // XState's documented way to declare types; `{}` happens to fit IrsaInput, hence the lint rule.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    input: {} as IrsaInput,
  },
  actors: {
    prepareWorld: fromPromise<World, { scenario: Scenario; settings: RunSettings }>(
      async ({ input }) => {
        const { prepareWorld } = await loadEngine();
        return prepareWorld(input.scenario, environmentFor(input.settings));
      },
    ),
    runStep: fromPromise<StepRecord, StepInput>(async ({ input }) => {
      const { runStep } = await loadEngine();
      return (await runStep(input.step, input.run, environmentFor(input.settings)))!;
    }),
  },
  actions: {
    setTarget: assign({ target: (_, params: { step: number }) => clampStep(params.step) }),
    // Fresh mode gets new keys and a new seed; deterministic mode repeats itself byte for byte.
    resetRun: assign({
      run: EMPTY_RUN,
      crash: null,
      settings: ({ context }) =>
        context.settings.keys === 'fresh'
          ? { ...context.settings, seed: randomSeed() }
          : context.settings,
    }),
    recordStep: assign({
      run: ({ context }, params: { step: number; record: StepRecord }) => ({
        ...context.run,
        [slotOf(params.step)]: params.record,
      }),
    }),
    setSpeed: assign({ speed: (_, params: { speed: PlaybackSpeed }) => params.speed }),
    finishPlayback: raise({ type: 'playback.finished' }),
    rewind: raise({ type: 'step.goto', step: 0 }),
    recordCrash: assign({ crash: (_, params: { error: unknown }) => String(params.error) }),
  },
  guards: {
    hasWorld: ({ context }) => context.run.world !== null,
    targetBeyond: ({ context }, params: { step: number }) => context.target > params.step,
    hasPassed: ({ context }, params: { step: number }) =>
      context.run[slotOf(params.step)]?.ok === true,
    hasFailed: ({ context }, params: { step: number }) =>
      context.run[slotOf(params.step)]?.ok === false,
    atEnd: ({ context }) => context.run.podToS3 !== null && context.target === LAST_STEP,
  },
  delays: {
    stepInterval: ({ context }) => STEP_INTERVAL_MS / context.speed,
  },
}).createMachine({
  id: 'irsa',
  context: ({ input }) => ({
    scenario: input.scenario ?? DEFAULT_SCENARIO,
    settings: input.settings ?? freshSettings(),
    run: EMPTY_RUN,
    target: clampStep(input.target ?? 0),
    crash: null,
    speed: 1,
  }),
  type: 'parallel',
  states: {
    walk: {
      initial: 'setup',
      on: {
        'step.goto': {
          target: '#setup',
          actions: { type: 'setTarget', params: ({ event }) => ({ step: event.step }) },
        },
        'run.restart': {
          target: '#setup',
          reenter: true,
          actions: ['resetRun', { type: 'setTarget', params: { step: 0 } }],
        },
        'scenario.load': {
          target: '#setup',
          reenter: true,
          actions: [
            'resetRun',
            assign({
              scenario: ({ event }) => event.scenario,
              target: ({ event, context }) => clampStep(event.target ?? context.target),
            }),
          ],
        },
      },
      states: {
        setup: {
          id: 'setup',
          initial: 'checking',
          states: {
            checking: { always: [{ guard: 'hasWorld', target: 'ready' }, { target: 'running' }] },
            running: {
              tags: ['busy'],
              invoke: {
                id: 'prepareWorld',
                src: 'prepareWorld',
                input: ({ context }) => ({
                  scenario: context.scenario,
                  settings: context.settings,
                }),
                onDone: {
                  target: 'ready',
                  actions: assign({ run: ({ event }) => ({ ...EMPTY_RUN, world: event.output }) }),
                },
                onError: {
                  target: '#crashed',
                  actions: { type: 'recordCrash', params: ({ event }) => ({ error: event.error }) },
                },
              },
            },
            ready: {
              tags: ['ready'],
              always: { guard: { type: 'targetBeyond', params: { step: 0 } }, target: '#step1' },
              on: {
                'step.next': {
                  target: '#step1',
                  actions: { type: 'setTarget', params: { step: 1 } },
                },
              },
            },
          },
        },
        step1: stepState(1),
        step2: stepState(2),
        step3: stepState(3),
        step4: stepState(4),
        step5: stepState(5),
        step6: stepState(6),
        crashed: {
          id: 'crashed',
          tags: ['failed'],
          entry: 'finishPlayback',
          on: {
            'step.previous': {
              target: '#setup',
              actions: { type: 'setTarget', params: { step: 0 } },
            },
          },
        },
      },
    },
    playback: {
      initial: 'paused',
      on: {
        'playback.speed': {
          actions: { type: 'setSpeed', params: ({ event }) => ({ speed: event.speed }) },
        },
      },
      states: {
        paused: {
          on: {
            // Play at the end starts again from Setup (same run, nothing recomputed).
            'playback.play': [
              { guard: 'atEnd', target: 'playing', actions: 'rewind' },
              { target: 'playing' },
            ],
            'playback.toggle': [
              { guard: 'atEnd', target: 'playing', actions: 'rewind' },
              { target: 'playing' },
            ],
          },
        },
        playing: {
          tags: ['playing'],
          // Each tick asks for the next step; a tick during a running step is simply ignored.
          after: {
            stepInterval: {
              target: 'playing',
              reenter: true,
              actions: raise({ type: 'step.next' }),
            },
          },
          on: {
            'playback.pause': 'paused',
            'playback.toggle': 'paused',
            'playback.finished': 'paused',
            // Going back or restarting by hand takes the wheel.
            'step.previous': 'paused',
            'run.restart': 'paused',
            'scenario.load': 'paused',
          },
        },
      },
    },
  },
});

/** One step: run it unless its record exists, then show passed (walk on if asked) or failed. */
// Typed loosely (`as never`): XState's config types do not follow a factored-out state node.
function stepState(n: StepNumber): never {
  const params = { step: n };
  return {
    id: `step${n}`,
    initial: 'checking',
    on: {
      'step.previous': {
        target: n === 1 ? '#setup' : `#step${n - 1}`,
        actions: { type: 'setTarget', params: { step: n - 1 } },
      },
    },
    states: {
      checking: {
        always: [
          { guard: { type: 'hasPassed', params }, target: 'passed' },
          { guard: { type: 'hasFailed', params }, target: 'failed' },
          { target: 'running' },
        ],
      },
      running: {
        tags: ['busy'],
        invoke: {
          id: 'runStep',
          src: 'runStep',
          input: ({ context }: { context: IrsaContext }) => ({
            step: n,
            run: context.run,
            settings: context.settings,
          }),
          onDone: {
            target: 'checking',
            actions: {
              type: 'recordStep',
              params: ({ event }: { event: { output: StepRecord } }) => ({
                step: n,
                record: event.output,
              }),
            },
          },
          onError: {
            target: '#crashed',
            actions: {
              type: 'recordCrash',
              params: ({ event }: { event: { error: unknown } }) => ({ error: event.error }),
            },
          },
        },
      },
      passed: {
        tags: n === LAST_STEP ? ['ready', 'done'] : ['ready'],
        entry: n === LAST_STEP ? 'finishPlayback' : [],
        always:
          n === LAST_STEP
            ? []
            : { guard: { type: 'targetBeyond', params }, target: `#step${n + 1}` },
        on:
          n === LAST_STEP
            ? {}
            : {
                'step.next': {
                  target: `#step${n + 1}`,
                  actions: { type: 'setTarget', params: { step: n + 1 } },
                },
              },
      },
      failed: { tags: ['ready', 'failed'], entry: 'finishPlayback' },
    },
  } as never;
}
