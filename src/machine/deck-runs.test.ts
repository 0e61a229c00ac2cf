/**
 * Every slide reaches what it says, by running the engine as the deck does: step slides stand at
 * their step of a run that works, failure slides fail at their hop with the catalogue's code and
 * their fix then works, and the comparison's two flows both get credentials.
 */
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { DECK } from '../content/slides';
import { endOf, slideFrame } from './deck';
import { DETERMINISTIC_SETTINGS } from './environment';
import { catalogueOf } from './flow-catalogue';
import { irsaMachine } from './irsa-machine';
import { podIdentityMachine } from './pod-identity';
import { selectError, selectOutcome, selectPosition } from './selectors';

async function runTo(
  flow: 'irsa' | 'pod-identity',
  id: string | null,
  fix: boolean,
  target: number,
) {
  const { scenario } = catalogueOf(flow).choice(id, fix);
  const logic = flow === 'irsa' ? irsaMachine : podIdentityMachine;
  const actor = createActor(logic, {
    input: { settings: DETERMINISTIC_SETTINGS, scenario, target },
  }).start();
  const snap = await waitFor(
    actor,
    (s) =>
      !s.hasTag('busy') && (s.hasTag('failed') || selectPosition(s) === target || s.hasTag('done')),
  );
  actor.stop();
  return snap;
}

describe('every slide reaches its frame', () => {
  for (const [i, slide] of DECK.entries()) {
    const run = slide.run;
    if (!run) continue;
    const frame = slideFrame(slide, endOf(i + 1).build);
    it(`${i + 1}. ${slide.id}`, async () => {
      const snap = await runTo(run.flow, run.scenario, false, frame.step!);
      expect(selectPosition(snap)).toBe(run.step);
      if (slide.kind !== 'failure') {
        expect(selectOutcome(snap)).not.toBe('failed');
        return;
      }
      const { entry } = catalogueOf(run.flow).choice(run.scenario, false);
      expect(selectError(snap)).toMatchObject({ awsCode: entry.expected.awsCode });
      const fixed = await runTo(run.flow, run.scenario, true, 6);
      expect(selectPosition(fixed)).toBe(6);
      expect(selectOutcome(fixed)).toBe('succeeded');
    });
  }

  it('compares with an EKS Pod Identity run that gets credentials too', async () => {
    const irsa = await runTo('irsa', null, false, 6);
    const podIdentity = await runTo('pod-identity', null, false, 6);
    expect([selectOutcome(irsa), selectOutcome(podIdentity)]).toEqual(['succeeded', 'succeeded']);
  });
});
