import { describe, expect, it } from 'vitest';
import { endOf } from '../../machine/deck';
import {
  answer,
  deckChannelName,
  isNewer,
  ownMove,
  parseDeckMessage,
  receive,
  UNMOVED,
  type DeckMessage,
  type SyncState,
} from './deck-channel';

const at = (slide: number, build = 0): SyncState => ({
  position: { slide, build },
  stamp: UNMOVED,
});
const move = (from: string, state: SyncState): DeckMessage => ({
  type: 'position',
  from,
  position: state.position,
  stamp: state.stamp,
});

describe('the deck channel', () => {
  it('is one channel per room seed', () => {
    expect(deckChannelName('room-42')).not.toBe(deckChannelName('room-43'));
    expect(deckChannelName(null)).not.toBe(deckChannelName('demo'));
  });

  it('reads well-formed messages and clamps the position into the deck', () => {
    expect(parseDeckMessage({ type: 'ask', from: 'a' })).toEqual({ type: 'ask', from: 'a' });
    expect(
      parseDeckMessage({
        type: 'position',
        from: 'a',
        position: { slide: 999, build: 99 },
        stamp: { seq: 3, from: 'a' },
        to: 'b',
      }),
    ).toEqual({
      type: 'position',
      from: 'a',
      position: endOf(999),
      stamp: { seq: 3, from: 'a' },
      to: 'b',
    });
    expect(
      parseDeckMessage({
        type: 'position',
        from: 'a',
        position: { slide: -4, build: -1 },
        stamp: { seq: 1, from: 'a' },
      }),
    ).toMatchObject({ position: { slide: 1, build: 0 } });
  });

  it('ignores anything malformed', () => {
    const bad: unknown[] = [
      null,
      'ask',
      42,
      [],
      { type: 'ask' },
      { type: 'ask', from: '' },
      { type: 'ask', from: 7 },
      { type: 'jump', from: 'a' },
      { type: 'position', from: 'a' },
      {
        type: 'position',
        from: 'a',
        position: { slide: '3', build: 0 },
        stamp: { seq: 1, from: 'a' },
      },
      {
        type: 'position',
        from: 'a',
        position: { slide: 3, build: 0 },
        stamp: { seq: -1, from: 'a' },
      },
      {
        type: 'position',
        from: 'a',
        position: { slide: 3, build: 0 },
        stamp: { seq: 1.5, from: 'a' },
      },
      { type: 'position', from: 'a', position: { slide: 3, build: 0 }, stamp: { seq: 1 } },
      {
        type: 'position',
        from: 'a',
        position: { slide: 3, build: 0 },
        stamp: { seq: 1, from: 'a' },
        to: 5,
      },
    ];
    for (const data of bad) expect(parseDeckMessage(data), JSON.stringify(data)).toBeNull();
  });

  it('adopts a newer move from another window, and never its own', () => {
    const audience = ownMove(at(1), { slide: 4, build: 0 }, 'audience');
    const message = move('audience', audience);
    expect(receive(at(1), message, 'speaker')).toEqual(audience);
    expect(receive(audience, message, 'audience')).toBeNull();
  });

  it('does not send an adopted position back (no echo), and ignores an older one', () => {
    const first = ownMove(at(1), { slide: 2, build: 0 }, 'speaker');
    const adopted = receive(at(1), move('speaker', first), 'audience')!;
    // The audience's next move is stamped above the one it adopted.
    const later = ownMove(adopted, { slide: 3, build: 0 }, 'audience');
    expect(isNewer(later.stamp, first.stamp)).toBe(true);
    // A late copy of the first move changes nothing.
    expect(receive(later, move('speaker', first), 'audience')).toBeNull();
  });

  it('ends two windows moving at the same instant on the same position', () => {
    const a = ownMove(at(3), { slide: 4, build: 0 }, 'window-a');
    const b = ownMove(at(3), { slide: 2, build: 1 }, 'window-b');
    const aAfter = receive(a, move('window-b', b), 'window-a') ?? a;
    const bAfter = receive(b, move('window-a', a), 'window-b') ?? b;
    expect(aAfter.position).toEqual(bAfter.position);
    expect(aAfter.stamp).toEqual(bAfter.stamp);
  });

  it('answers a new window with where the deck stands, and the new window goes there', () => {
    const audience = ownMove(at(1), { slide: 6, build: 1 }, 'audience');
    const reply = answer(audience, { type: 'ask', from: 'speaker' }, 'audience')!;
    expect(reply).toMatchObject({
      type: 'position',
      to: 'speaker',
      position: { slide: 6, build: 1 },
    });
    expect(answer(audience, { type: 'ask', from: 'audience' }, 'audience')).toBeNull();
    expect(receive(at(1), reply, 'speaker')?.position).toEqual({ slide: 6, build: 1 });
    // Even an answer from a window that never moved is taken by one that has not moved either.
    const still = answer(at(5), { type: 'ask', from: 'speaker' }, 'audience')!;
    expect(receive(at(1), still, 'speaker')?.position).toEqual({ slide: 5, build: 0 });
    // An answer meant for another window is not this one's.
    expect(receive(at(1), reply, 'third')).toBeNull();
    // A window that has moved since keeps its own, newer position.
    const moved = ownMove(at(1), { slide: 2, build: 0 }, 'speaker');
    expect(receive(moved, still, 'speaker')).toBeNull();
  });
});
