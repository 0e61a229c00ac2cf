/**
 * A flow's table is the one place that knows its steps: add a step to it and the machine, the
 * timeline, the URL and the sequence table follow, with no other change (a test-only flow).
 */
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { IRSA_FLOW } from '../content/flows/irsa';
import type { Flow } from '../content/steps';
import { parseFragment } from '../lib/url-state';
import { deterministicEnvironment, type IrsaStepId, type RunRecord } from '../sim';
import { runStep } from '../sim/engine';
import { selectSequence, selectTimeline } from './diagram-view';
import { DETERMINISTIC_SETTINGS } from './environment';
import { createWalkMachine } from './irsa-machine';
import { selectPosition, selectStatusText, selectStep } from './selectors';
import type { StepInput, StepRecord } from './types';

/** IRSA with a seventh step: after S3, the pod writes to DynamoDB. */
const WITH_DYNAMODB: Flow = {
  ...IRSA_FLOW,
  id: 'irsa-and-dynamodb',
  steps: [
    ...IRSA_FLOW.steps,
    {
      id: 'pod-to-dynamodb',
      title: 'The pod writes to DynamoDB',
      carries: 'SigV4-signed PutItem',
      simple: 'The same credentials sign a DynamoDB PutItem.',
      realMechanics: 'DynamoDB checks the role’s permission policy for dynamodb:PutItem.',
      story: {
        from: 'pod',
        to: 's3',
        chip: 'PutItem',
        kind: 'request',
        workAt: 's3',
        work: 'DynamoDB checks the policy',
      },
      plannedChecks: ['put-item-allowed'],
    },
  ],
};

const PUT_ITEM = {
  ok: true,
  checks: [
    {
      id: 'put-item-allowed',
      label: 'PutItem allowed',
      passed: true,
      expected: 'Allow',
      actual: 'Allow',
    },
  ],
  error: null,
  errorResponse: null,
} as unknown as StepRecord;

// The only code the new step needs is what runs it; IRSA's steps run as always.
const machine = createWalkMachine(WITH_DYNAMODB).provide({
  actors: {
    runStep: fromPromise<StepRecord, StepInput>(async ({ input }) =>
      input.step === 'pod-to-dynamodb'
        ? PUT_ITEM
        : runStep(
            input.step as IrsaStepId,
            input.run as unknown as RunRecord,
            deterministicEnvironment(),
          ),
    ),
  },
});

describe('a flow is its table', () => {
  it('a seventh step is walked, named, listed and linked with no change outside the table', async () => {
    // The URL names the seventh step; the machine walks there.
    const { step } = parseFragment('#step=7&keys=demo');
    const actor = createActor(machine, {
      input: { settings: DETERMINISTIC_SETTINGS, target: step },
    }).start();
    const snap = await waitFor(actor, (s) => s.hasTag('done'));
    expect(selectPosition(snap)).toBe(7);
    expect(selectStep(snap)?.id).toBe('pod-to-dynamodb');
    expect(selectStatusText(snap)).toBe('Step 7 of 7: The pod writes to DynamoDB');
    expect(selectTimeline(snap).map((e) => `${e.position} ${e.status}`)).toEqual([
      '0 setup',
      '1 passed',
      '2 passed',
      '3 passed',
      '4 passed',
      '5 passed',
      '6 passed',
      '7 current',
    ]);
    expect(selectSequence(snap).at(-1)).toMatchObject({ step: 7, what: 'SigV4-signed PutItem' });

    // Back to S3 and forward again, by the same events as for IRSA.
    actor.send({ type: 'step.previous' });
    expect(selectStep(actor.getSnapshot())?.id).toBe('pod-to-s3');
    actor.send({ type: 'step.next' });
    expect(selectPosition(actor.getSnapshot())).toBe(7);
    actor.stop();
  });

  it('IRSA itself keeps six steps, and a position past the end is its last step', async () => {
    const actor = createActor(createWalkMachine(IRSA_FLOW), {
      input: { settings: DETERMINISTIC_SETTINGS, target: 7 },
    }).start();
    const snap = await waitFor(actor, (s) => s.hasTag('done'));
    expect(selectPosition(snap)).toBe(6);
    expect(selectStep(snap)?.id).toBe('pod-to-s3');
    actor.stop();
  });
});
