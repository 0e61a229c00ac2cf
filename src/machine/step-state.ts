import type { Flow } from '../content/steps';
import type { IrsaContext, StepRecord } from './types';

/**
 * One step of a flow, as a state named by the step's id (and carrying it in `meta`): run it unless
 * its record exists, then show passed (walk on if asked) or failed.
 */
// Typed loosely (`as never`): XState's config types do not follow a factored-out state node.
export function stepState(flow: Flow, index: number): never {
  const id = flow.steps[index]!.id;
  const position = index + 1;
  const previous = index === 0 ? 'setup' : flow.steps[index - 1]!.id;
  const next = flow.steps[index + 1]?.id;
  const params = { id, position };
  return {
    id,
    meta: { step: id },
    initial: 'checking',
    on: {
      'step.previous': {
        target: `#${previous}`,
        actions: { type: 'setTarget', params: { step: position - 1 } },
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
            step: id,
            flowId: context.flow.id,
            run: context.run,
            settings: context.settings,
          }),
          onDone: {
            target: 'checking',
            actions: {
              type: 'recordStep',
              params: ({ event }: { event: { output: StepRecord } }) => ({
                id,
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
        tags: next ? ['ready'] : ['ready', 'done'],
        entry: next ? [] : 'finishPlayback',
        always: next ? { guard: { type: 'targetBeyond', params }, target: `#${next}` } : [],
        on: next
          ? {
              'step.next': {
                target: `#${next}`,
                actions: { type: 'setTarget', params: { step: position + 1 } },
              },
            }
          : {},
      },
      failed: { tags: ['ready', 'failed'], entry: 'finishPlayback' },
    },
  } as never;
}
