import { describe, expect, it } from 'vitest';
import { DECK } from '../../machine/deck';
import { endOf, nextPosition, previousPosition } from '../../machine/deck';
import {
  commandTarget,
  embedState,
  keydownEvent,
  parseEmbedCommand,
  stateCallback,
  stateEvent,
} from './embed-messages';

describe("the embedded deck's postMessage API", () => {
  it('reads commands as objects or as JSON text, as reveal.js hosts send them', () => {
    expect(parseEmbedCommand({ method: 'next' })).toEqual({ method: 'next' });
    expect(parseEmbedCommand('{"method":"prev","args":[]}')).toEqual({ method: 'prev' });
    expect(parseEmbedCommand(JSON.stringify({ method: 'slide', args: [5] }))).toEqual({
      method: 'slide',
      slide: 5,
    });
    expect(parseEmbedCommand({ method: 'getState' })).toEqual({ method: 'getState' });
    expect(parseEmbedCommand({ method: 'setState', args: [{ slide: 9, build: 2 }] })).toEqual({
      method: 'setState',
      position: { slide: 9, build: 2 },
    });
    // A build beyond the slide's, or no build, is kept within the slide.
    expect(parseEmbedCommand({ method: 'setState', args: [{ slide: 1, build: 7 }] })).toEqual({
      method: 'setState',
      position: { slide: 1, build: 0 },
    });
    expect(parseEmbedCommand({ method: 'setState', args: [{ slide: 3 }] })).toEqual({
      method: 'setState',
      position: { slide: 3, build: 0 },
    });
  });

  it('ignores anything malformed, and never throws', () => {
    const bad: unknown[] = [
      undefined,
      null,
      '',
      'next',
      '{not json',
      '"next"',
      'null',
      42,
      [],
      { method: 42 },
      { method: 'eval', args: ['alert(1)'] },
      { method: 'toString' },
      { method: 'slide' },
      { method: 'slide', args: ['5'] },
      { method: 'slide', args: [Number.NaN] },
      { method: 'setState' },
      { method: 'setState', args: [null] },
      { method: 'setState', args: [{ build: 1 }] },
      { eventName: 'slidechanged', namespace: 'irsa-visualizer' },
      `{"method":"next","pad":"${'x'.repeat(20_000)}"}`,
    ];
    for (const data of bad) expect(parseEmbedCommand(data), String(data)).toBeNull();
  });

  it('moves as the deck does: next and prev through builds, slide to a slide from 1', () => {
    const here = { slide: 4, build: 0 };
    expect(commandTarget({ method: 'next' }, here)).toEqual(nextPosition(here));
    expect(commandTarget({ method: 'prev' }, here)).toEqual(previousPosition(here));
    expect(commandTarget({ method: 'slide', slide: 5 }, here)).toEqual({ slide: 5, build: 0 });
    expect(commandTarget({ method: 'slide', slide: 0 }, here)).toEqual({ slide: 1, build: 0 });
    expect(commandTarget({ method: 'slide', slide: 500 }, here)).toEqual({
      slide: DECK.length,
      build: 0,
    });
    expect(commandTarget({ method: 'getState' }, here)).toBeNull();
  });

  it('describes the position with numbers, the slide id and its title', () => {
    const last = endOf(DECK.length);
    expect(embedState(last)).toEqual({
      slide: DECK.length,
      build: last.build,
      total: DECK.length,
      id: DECK.at(-1)!.id,
      title: DECK.at(-1)!.title,
    });
    expect(stateEvent('ready', { slide: 1, build: 0 })).toEqual({
      namespace: 'irsa-visualizer',
      eventName: 'ready',
      state: embedState({ slide: 1, build: 0 }),
    });
    expect(stateCallback({ slide: 2, build: 0 })).toMatchObject({
      eventName: 'callback',
      method: 'getState',
      result: { slide: 2, id: DECK[1]!.id },
    });
  });

  it('forwards a key with its modifiers only', () => {
    expect(
      keydownEvent({
        key: 'ArrowRight',
        code: 'ArrowRight',
        shiftKey: false,
        altKey: false,
        ctrlKey: true,
        metaKey: false,
      }),
    ).toEqual({
      namespace: 'irsa-visualizer',
      eventName: 'keydown',
      key: 'ArrowRight',
      code: 'ArrowRight',
      shiftKey: false,
      altKey: false,
      ctrlKey: true,
      metaKey: false,
    });
  });
});
