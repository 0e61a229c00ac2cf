import { useEffect, useRef, useState } from 'react';
import { parseFragment, type DeckView } from '../../lib/url-state';
import type { DeckPosition } from '../../machine/deck';
import {
  answer,
  deckChannelName,
  ownMove,
  parseDeckMessage,
  receive,
  samePosition,
  UNMOVED,
  type DeckMessage,
  type SyncState,
} from './deck-channel';

/** This window's id on the channel: random, only to tell windows apart (never shown or stored). */
const newWindowId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : Math.random().toString(36).slice(2);

/**
 * Keeps the audience and speaker windows (same origin, same seed) at the same position through
 * `BroadcastChannel`, in both directions: a move here is sent, a newer move from another window
 * is adopted, and a window that opens asks where the deck stands and goes there. A host page's
 * frame (`embed`) stays out: its host drives it. Without BroadcastChannel it does nothing.
 * `seed` picks the room's channel; left out, it is read from the URL (it never changes while the
 * deck is open: another seed is another deck).
 */
export function useDeckSync(
  position: DeckPosition,
  go: (next: DeckPosition) => void,
  view: DeckView,
  seed?: string | null,
): void {
  const [room] = useState(() =>
    seed !== undefined ? seed : parseFragment(window.location.hash).seed,
  );
  const state = useRef<SyncState>({ position, stamp: UNMOVED });
  const channel = useRef<BroadcastChannel | null>(null);
  const me = useRef('');
  const goRef = useRef(go);
  useEffect(() => {
    goRef.current = go;
  }, [go]);

  const enabled = view !== 'embed' && typeof BroadcastChannel !== 'undefined';

  useEffect(() => {
    if (!enabled) return;
    const id = newWindowId();
    me.current = id;
    const bus = new BroadcastChannel(deckChannelName(room));
    channel.current = bus;
    const send = (message: DeckMessage) => bus.postMessage(message);
    bus.onmessage = (event: MessageEvent<unknown>) => {
      const message = parseDeckMessage(event.data);
      if (!message) return;
      const reply = answer(state.current, message, id);
      if (reply) send(reply);
      const adopted = receive(state.current, message, id);
      if (!adopted) return;
      state.current = adopted;
      goRef.current(adopted.position);
    };
    send({ type: 'ask', from: id });
    return () => {
      bus.close();
      channel.current = null;
    };
  }, [enabled, room]);

  useEffect(() => {
    const bus = channel.current;
    const here = { slide: position.slide, build: position.build };
    // A position adopted from another window is already state.current: sending it back would
    // echo. Only a move made here goes out.
    if (!bus || samePosition(here, state.current.position)) return;
    state.current = ownMove(state.current, here, me.current);
    bus.postMessage({
      type: 'position',
      from: me.current,
      position: here,
      stamp: state.current.stamp,
    } satisfies DeckMessage);
  }, [position.slide, position.build]);
}
