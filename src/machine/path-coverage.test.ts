/**
 * Path coverage with xstate/graph. Traversal does not run invoked actors, so their results are
 * supplied as events (a step passing or failing), and states are serialised by value plus which
 * steps have passed (P), failed (F) or not run (-).
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { DETERMINISTIC_SETTINGS } from './environment';
import { irsaMachine } from './irsa-machine';
import { podIdentityMachine } from './pod-identity';
import type { IrsaEvent, StepRecord } from './types';
import { selectPosition, type IrsaSnapshot } from './selectors';

const WORLD = { scenario: {} };
// AWS refusing part of Setup (Pod Identity's association): the walk stops before step 1.
const REFUSED_WORLD = { scenario: {}, setupError: { awsCode: 'InvalidParameterException' } };
const outcome = (ok: boolean) =>
  ({ ok, checks: [], error: null, errorResponse: null }) as unknown as StepRecord;

type TraversalEvent =
  | IrsaEvent
  | { type: 'xstate.done.actor.prepareWorld'; output: object }
  | { type: 'xstate.done.actor.runStep'; output: StepRecord };

function events(snapshot: IrsaSnapshot): TraversalEvent[] {
  if (snapshot.hasTag('busy')) {
    return snapshot.matches({ walk: 'setup' })
      ? [
          { type: 'xstate.done.actor.prepareWorld', output: WORLD },
          { type: 'xstate.done.actor.prepareWorld', output: REFUSED_WORLD },
        ]
      : [
          { type: 'xstate.done.actor.runStep', output: outcome(true) },
          { type: 'xstate.done.actor.runStep', output: outcome(false) },
        ];
  }
  return [{ type: 'step.next' }, { type: 'step.previous' }, { type: 'run.restart' }];
}

function serializeState(snapshot: IrsaSnapshot): string {
  const records = snapshot.context.flow.steps
    .map(({ id }) => {
      const r = snapshot.context.run.steps[id] ?? null;
      return r === null ? '-' : r.ok ? 'P' : 'F';
    })
    .join('');
  return `${JSON.stringify(snapshot.value)} ${records} target=${snapshot.context.target}`;
}

const options = {
  events: events as (s: IrsaSnapshot) => IrsaEvent[],
  serializeState: (s: IrsaSnapshot) => serializeState(s),
  input: { settings: DETERMINISTIC_SETTINGS },
};

describe.each([
  ['IRSA', irsaMachine],
  ['EKS Pod Identity', podIdentityMachine],
])('path coverage of the %s walk', (_name, machine) => {
  const paths = getShortestPaths(machine, options);
  const states = paths.map((p) => p.state);

  it('reaches a pinned number of distinct states', () => {
    // Positions 0–6 × how far the run got (k steps passed, maybe one failed) × running or not,
    // plus Setup refused.
    // A change to the machine's shape changes this number: look at the new paths, then update it.
    expect(paths.length).toBe(63);
  });

  it('stops at Setup when AWS refuses part of it: no step runs', () => {
    const refused = states.filter((s) => s.hasTag('failed') && selectPosition(s) === 0);
    expect(refused.length).toBeGreaterThan(0);
    for (const s of refused) {
      expect(s.can({ type: 'step.next' })).toBe(false);
      expect(serializeState(s)).toContain(' ------ ');
    }
  });

  it('reaches "done" only after all six steps passed', () => {
    const done = states.filter((s) => s.hasTag('done'));
    expect(done.length).toBeGreaterThan(0);
    for (const s of done) expect(serializeState(s)).toContain('PPPPPP');
  });

  it('can fail at every one of the six steps, and a failure stops the walk there', () => {
    const failedSteps = states.filter((s) => s.hasTag('failed') && selectPosition(s) > 0);
    expect([...new Set(failedSteps.map(selectPosition))].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const s of failedSteps) {
      expect(s.can({ type: 'step.next' })).toBe(false);
      const records = serializeState(s).split(' ')[1]!;
      expect(records.indexOf('F')).toBe(selectPosition(s) - 1);
    }
  });

  it('never has a step recorded before the steps it depends on', () => {
    for (const s of states) expect(serializeState(s).split(' ')[1]).toMatch(/^P*F?-*$/);
  });

  it('every simple path from Setup to "done" passes through steps 1 to 6 in order', () => {
    const toDone = getSimplePaths(machine, {
      ...options,
      toState: (s) => s.hasTag('done'),
      limit: 200,
    });
    expect(toDone.length).toBeGreaterThan(0);
    for (const path of toDone) {
      const positions = path.steps.map((st) => selectPosition(st.state));
      const firstVisit = positions.filter((p, i) => p > 0 && !positions.slice(0, i).includes(p));
      expect(firstVisit).toEqual([1, 2, 3, 4, 5, 6]);
    }
  });
});
