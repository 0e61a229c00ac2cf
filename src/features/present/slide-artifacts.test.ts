import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { DECK } from '../../machine/deck';
import { catalogueOf, DETERMINISTIC_SETTINGS, irsaMachine, selectStep } from '../../machine';
import { artifactsForStep } from '../../machine/artifacts';
import { irsaRunOf, type IrsaStepId } from '../../machine/types';
import { readableHttp } from './artifact-excerpt';

/**
 * Each step slide's key artifact exists once its step has run, and every line it keeps is there:
 * a `keep` string that matched nothing would quietly drop a line the speaker means to show.
 */
describe("the slides' key artifacts", () => {
  const slides = DECK.filter((s) => s.artifact && s.run?.flow === 'irsa' && s.kind !== 'failure');
  it.each(slides.map((s) => [s.id, s] as const))('%s', async (_, slide) => {
    const run = slide.run!;
    const actor = createActor(irsaMachine, {
      input: {
        scenario: catalogueOf('irsa').choice(run.scenario, false).scenario,
        settings: DETERMINISTIC_SETTINGS,
        target: run.step,
      },
    }).start();
    const snapshot = await waitFor(actor, (s) => s.hasTag('ready') || s.hasTag('failed'), {
      timeout: 20_000,
    });
    const step = (selectStep(snapshot)?.id ?? null) as IrsaStepId | null;
    const artifact = artifactsForStep(step, irsaRunOf(snapshot.context)!).find(
      (a) => a.id === slide.artifact!.id,
    );
    expect(artifact, `${slide.artifact!.id} at step ${run.step}`).toBeDefined();
    const lines = (artifact!.kind === 'http' ? readableHttp(artifact!.text) : artifact!.text).split(
      '\n',
    );
    for (const keep of slide.artifact!.keep ?? [])
      expect(
        lines.some((l) => l.includes(keep)),
        keep,
      ).toBe(true);
    actor.stop();
  });
});
