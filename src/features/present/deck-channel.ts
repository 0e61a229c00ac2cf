/**
 * The messages the audience and speaker windows exchange over `BroadcastChannel`, and what a
 * window does with them, as pure functions (so they are unit-tested without a browser).
 *
 * Each window holds its position with a stamp `{seq, from}`: a move made here takes a stamp one
 * higher than any it has seen, a move received is adopted only when its stamp is newer. Two
 * windows moving at the same instant then end on the same position (the higher stamp, ties
 * broken by window id) instead of swapping, and a position adopted from another window is never
 * sent back (it is not a move made here), so no echo loop can start.
 */
import { clampPosition, type DeckPosition } from '../../machine/deck';

/** One channel per room seed, so two rooms' decks open in one browser never drive each other. */
export function deckChannelName(seed: string | null): string {
  return `irsa-visualizer-deck:${seed ?? 'fresh-keys'}`;
}

/** Who moved last: a counter every window keeps above the highest it has seen, and its id. */
export interface Stamp {
  seq: number;
  from: string;
}

/** What a window starts with: weaker than any move, so the first move anywhere wins. */
export const UNMOVED: Stamp = { seq: 0, from: '' };

export type DeckMessage =
  /** A window just opened and asks where the deck stands. */
  | { type: 'ask'; from: string }
  /** Where the deck stands: after a move, or (with `to`) in answer to an `ask`. */
  | { type: 'position'; from: string; position: DeckPosition; stamp: Stamp; to?: string };

export interface SyncState {
  position: DeckPosition;
  stamp: Stamp;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 64;
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** A message from the channel, checked field by field; null for anything else. */
export function parseDeckMessage(data: unknown): DeckMessage | null {
  if (!isRecord(data) || !isId(data.from)) return null;
  if (data.type === 'ask') return { type: 'ask', from: data.from };
  if (data.type !== 'position') return null;
  const { position, stamp, to } = data;
  if (!isRecord(position) || !isRecord(stamp)) return null;
  if (typeof position.slide !== 'number' || typeof position.build !== 'number') return null;
  if (!isCount(stamp.seq) || typeof stamp.from !== 'string' || stamp.from.length > 64) return null;
  if (to !== undefined && !isId(to)) return null;
  return {
    type: 'position',
    from: data.from,
    // Another window may run another version of the deck: keep whatever arrives within this one.
    position: clampPosition({ slide: position.slide, build: position.build }),
    stamp: { seq: stamp.seq, from: stamp.from },
    ...(to !== undefined ? { to } : {}),
  };
}

/** Is `a` a later move than `b`? Higher counter first, then the window id (any fixed order). */
export function isNewer(a: Stamp, b: Stamp): boolean {
  return a.seq > b.seq || (a.seq === b.seq && a.from > b.from);
}

export const samePosition = (a: DeckPosition, b: DeckPosition) =>
  a.slide === b.slide && a.build === b.build;

/** This window moved: the new state, whose stamp goes out with the position. */
export function ownMove(state: SyncState, position: DeckPosition, me: string): SyncState {
  return { position, stamp: { seq: state.stamp.seq + 1, from: me } };
}

/** What a received position does here: the state to adopt, or null to ignore it. */
export function receive(state: SyncState, message: DeckMessage, me: string): SyncState | null {
  if (message.type !== 'position' || message.from === me) return null;
  if (message.to !== undefined && message.to !== me) return null;
  // The answer to this window's own question: a window that has not moved yet takes it.
  const answered = message.to === me && state.stamp.seq === 0;
  if (!answered && !isNewer(message.stamp, state.stamp)) return null;
  return { position: message.position, stamp: message.stamp };
}

/** This window's answer to an `ask` from another: where it stands, addressed to the asker. */
export function answer(state: SyncState, message: DeckMessage, me: string): DeckMessage | null {
  if (message.type !== 'ask' || message.from === me) return null;
  return {
    type: 'position',
    from: me,
    position: state.position,
    stamp: state.stamp,
    to: message.from,
  };
}
