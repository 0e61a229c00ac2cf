/**
 * A flow's walk as a state machine, built from the flow's table: Setup, then one state per step,
 * named by the step's id and carrying it in `meta`. Entering a step invokes the sim function for
 * it; its record is kept in context, so going back shows it again without redoing its crypto. A
 * failed step is tagged `failed`, the last step passed `done`. A parallel `playback` region plays
 * the walk at a chosen speed (Play / Pause).
 */
import { assign, fromPromise, raise, setup } from 'xstate';
import { nextTask } from '../lib/next-task';
import { IRSA_FLOW } from '../content/flows/irsa';
import type { Flow } from '../content/steps';
import { DEFAULT_SCENARIO } from '../sim';
import { environmentFor, freshSettings, randomSeed, type RunSettings } from './environment';
import { stepState } from './step-state';
import {
  clampStep,
  recordOf,
  STEP_INTERVAL_MS,
  type IrsaContext,
  type IrsaEvent,
  type IrsaInput,
  type PlaybackSpeed,
  type StepInput,
  type StepRecord,
  type FlowScenario,
  type WalkRun,
  type WalkTag,
  setupErrorOf,
} from './types';

/** A run of `flow` before anything has happened: no world, every step not yet run. */
const emptyRun = (flow: Flow): WalkRun => ({
  world: null,
  steps: Object.fromEntries(flow.steps.map((s) => [s.id, null])),
});

// The crypto-heavy simulation arrives in its own chunk, after the first paint.
const loadEngine = () => import('../sim/engine');

/** The walk for a flow: every state, guard and transition follows the flow's list of steps. */
export const createWalkMachine = (flow: Flow, defaultScenario: FlowScenario = DEFAULT_SCENARIO) =>
  setup({
    types: {
      context: {} as IrsaContext,
      events: {} as IrsaEvent,
      // XState's documented way to declare types; `{}` happens to fit IrsaInput, hence the lint rule.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
      input: {} as IrsaInput,
      tags: {} as WalkTag,
    },
    actors: {
      prepareWorld: fromPromise<
        object,
        { flowId: string; scenario: FlowScenario; settings: RunSettings }
      >(async ({ input }) => {
        const { prepareFlowWorld } = await loadEngine();
        const world = await prepareFlowWorld(
          input.flowId,
          input.scenario,
          environmentFor(input.settings),
        );
        // The page redraws with the world in a task of its own, not in the one that finished
        // signing the token: on a phone neither then holds the main thread long.
        await nextTask();
        return world;
      }),
      runStep: fromPromise<StepRecord, StepInput>(async ({ input }) => {
        const { runFlowStep } = await loadEngine();
        const env = environmentFor(input.settings);
        return (await runFlowStep(input.flowId, input.step, input.run, env)) as StepRecord;
      }),
    },
    actions: {
      setTarget: assign({
        target: ({ context }, params: { step: number }) => clampStep(params.step, context.flow),
      }),
      // Fresh mode gets new keys and a new seed; deterministic mode repeats itself byte for byte.
      resetRun: assign({
        run: ({ context }) => emptyRun(context.flow),
        crash: null,
        settings: ({ context }) =>
          context.settings.keys === 'fresh'
            ? { ...context.settings, seed: randomSeed() }
            : context.settings,
      }),
      recordStep: assign({
        run: ({ context }, params: { id: string; record: StepRecord }) => ({
          ...context.run,
          steps: { ...context.run.steps, [params.id]: params.record },
        }),
      }),
      setSpeed: assign({ speed: (_, params: { speed: PlaybackSpeed }) => params.speed }),
      finishPlayback: raise({ type: 'playback.finished' }),
      rewind: raise({ type: 'step.goto', step: 0 }),
      recordCrash: assign({ crash: (_, params: { error: unknown }) => String(params.error) }),
    },
    guards: {
      hasWorld: ({ context }) => context.run.world !== null,
      setupRefused: ({ context }) => setupErrorOf(context.run) !== null,
      targetBeyond: ({ context }, params: { position: number }) => context.target > params.position,
      hasPassed: ({ context }, params: { id: string }) =>
        recordOf(context.run, params.id)?.ok === true,
      hasFailed: ({ context }, params: { id: string }) =>
        recordOf(context.run, params.id)?.ok === false,
      atEnd: ({ context }) => {
        const last = context.flow.steps.at(-1)!.id;
        return recordOf(context.run, last) !== null && context.target === context.flow.steps.length;
      },
    },
    delays: {
      stepInterval: ({ context }) => STEP_INTERVAL_MS / context.speed,
    },
  }).createMachine({
    id: flow.id,
    context: ({ input }) => ({
      flow,
      scenario: input.scenario ?? defaultScenario,
      settings: input.settings ?? freshSettings(),
      run: emptyRun(flow),
      target: clampStep(input.target ?? 0, flow),
      crash: null,
      speed: 1,
      realMechanics: false,
    }),
    type: 'parallel',
    on: {
      'view.realMechanics': { actions: assign({ realMechanics: ({ event }) => event.on }) },
    },
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
                target: ({ event, context }) =>
                  clampStep(event.target ?? context.target, context.flow),
              }),
            ],
          },
          'scenario.invalid': { target: '#waiting', actions: 'resetRun' },
        },
        states: {
          setup: {
            id: 'setup',
            initial: 'checking',
            states: {
              checking: {
                always: [
                  { guard: 'setupRefused', target: 'refused' },
                  { guard: 'hasWorld', target: 'ready' },
                  { target: 'running' },
                ],
              },
              running: {
                tags: ['busy'],
                invoke: {
                  id: 'prepareWorld',
                  src: 'prepareWorld',
                  input: ({ context }) => ({
                    flowId: context.flow.id,
                    scenario: context.scenario,
                    settings: context.settings,
                  }),
                  onDone: {
                    target: 'checking',
                    actions: assign({
                      run: ({ event, context }) => ({
                        ...emptyRun(context.flow),
                        world: event.output,
                      }),
                    }),
                  },
                  onError: {
                    target: '#crashed',
                    actions: {
                      type: 'recordCrash',
                      params: ({ event }) => ({ error: event.error }),
                    },
                  },
                },
              },
              // AWS refused part of Setup itself (Pod Identity: CreatePodIdentityAssociation), so
              // no step can run.
              refused: { tags: ['ready', 'failed'], entry: 'finishPlayback' },
              ready: {
                tags: ['ready'],
                always: {
                  guard: { type: 'targetBeyond', params: { position: 0 } },
                  target: `#${flow.steps[0]!.id}`,
                },
                on: {
                  'step.next': {
                    target: `#${flow.steps[0]!.id}`,
                    actions: { type: 'setTarget', params: { step: 1 } },
                  },
                },
              },
            },
          },
          ...Object.fromEntries(flow.steps.map((step, i) => [step.id, stepState(flow, i)])),
          // An invalid edit: no step runs on what was there before. A step asked for now is
          // remembered, and the next valid scenario runs to it.
          waiting: {
            id: 'waiting',
            tags: ['waiting'],
            entry: 'finishPlayback',
            on: {
              'step.goto': {
                actions: { type: 'setTarget', params: ({ event }) => ({ step: event.step }) },
              },
              'run.restart': { actions: { type: 'setTarget', params: { step: 0 } } },
            },
          },
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
            // Play moves at once; then each tick asks for the next step (a tick during a running
            // step is simply ignored).
            entry: raise({ type: 'step.next' }),
            initial: 'ticking',
            states: {
              ticking: {
                after: {
                  stepInterval: {
                    target: 'ticking',
                    reenter: true,
                    actions: raise({ type: 'step.next' }),
                  },
                },
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
              'scenario.invalid': 'paused',
            },
          },
        },
      },
    },
  });

/** IRSA's walk. */
export const irsaMachine = createWalkMachine(IRSA_FLOW);
