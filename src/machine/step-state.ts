import type { StepNumber } from '../sim';
import { LAST_STEP, type IrsaContext, type StepRecord } from './types';

/** One step: run it unless its record exists, then show passed (walk on if asked) or failed. */
// Typed loosely (`as never`): XState's config types do not follow a factored-out state node.
export function stepState(n: StepNumber): never {
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
