/**
 * Path coverage with xstate/graph. Traversal does not run invoked actors, so their results are
 * supplied as events (a step passing or failing), and states are serialised by value plus which
 * steps have passed (P), failed (F) or not run (-).
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { IRSA_STEP_IDS, type World } from '../sim';
import { DETERMINISTIC_SETTINGS } from './environment';
import { irsaMachine } from './irsa-machine';
import type { IrsaEvent, StepRecord } from './types';
import { selectPosition, type IrsaSnapshot } from './selectors';

const WORLD = { scenario: {} } as unknown as World;
const outcome = (ok: boolean) =>
  ({ ok, checks: [], error: null, errorResponse: null }) as unknown as StepRecord;

type TraversalEvent =
  | IrsaEvent
  | { type: 'xstate.done.actor.prepareWorld'; output: World }
  | { type: 'xstate.done.actor.runStep'; output: StepRecord };

function events(snapshot: IrsaSnapshot): TraversalEvent[] {
  if (snapshot.hasTag('busy')) {
    return snapshot.matches({ walk: 'setup' })
      ? [{ type: 'xstate.done.actor.prepareWorld', output: WORLD }]
      : [
          { type: 'xstate.done.actor.runStep', output: outcome(true) },
          { type: 'xstate.done.actor.runStep', output: outcome(false) },
        ];
  }
  return [{ type: 'step.next' }, { type: 'step.previous' }, { type: 'run.restart' }];
}

function serializeState(snapshot: IrsaSnapshot): string {
  const records = IRSA_STEP_IDS.map((id) => {
    const r = snapshot.context.run[id];
    return r === null ? '-' : r.ok ? 'P' : 'F';
  }).join('');
  return `${JSON.stringify(snapshot.value)} ${records} target=${snapshot.context.target}`;
}

const options = {
  events: events as (s: IrsaSnapshot) => IrsaEvent[],
  serializeState: (s: IrsaSnapshot) => serializeState(s),
  input: { settings: DETERMINISTIC_SETTINGS },
};

describe('path coverage', () => {
  const paths = getShortestPaths(irsaMachine, options);
  const states = paths.map((p) => p.state);

  it('reaches a pinned number of distinct states', () => {
    // Positions 0–6 × how far the run got (k steps passed, maybe one failed) × running or not.
    // A change to the machine's shape changes this number: look at the new paths, then update it.
    expect(paths.length).toBe(62);
  });

  it('reaches "done" only after all six steps passed', () => {
    const done = states.filter((s) => s.hasTag('done'));
    expect(done.length).toBeGreaterThan(0);
    for (const s of done) expect(serializeState(s)).toContain('PPPPPP');
  });

  it('can fail at every one of the six steps, and a failure stops the walk there', () => {
    const failedAt = new Set(states.filter((s) => s.hasTag('failed')).map(selectPosition));
    expect([...failedAt].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    for (const s of states.filter((x) => x.hasTag('failed'))) {
      expect(s.can({ type: 'step.next' })).toBe(false);
      const records = serializeState(s).split(' ')[1]!;
      expect(records.indexOf('F')).toBe(selectPosition(s) - 1);
    }
  });

  it('never has a step recorded before the steps it depends on', () => {
    for (const s of states) expect(serializeState(s).split(' ')[1]).toMatch(/^P*F?-*$/);
  });

  it('every simple path from Setup to "done" passes through steps 1 to 6 in order', () => {
    const toDone = getSimplePaths(irsaMachine, {
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
