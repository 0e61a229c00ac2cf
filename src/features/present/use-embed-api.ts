import { useEffect, useRef } from 'react';
import type { DeckPosition } from '../../machine/deck';
import {
  commandTarget,
  keydownEvent,
  parseEmbedCommand,
  resizeEvent,
  stateCallback,
  stateEvent,
  type EmbedEvent,
} from './embed-messages';

/**
 * To the host page. The target origin is '*' because the deck cannot know who embeds it, and
 * nothing it posts is private: slide numbers, slide ids and titles, a height, the key pressed.
 */
function toHost(message: EmbedEvent): void {
  window.parent.postMessage(message, '*');
}

/**
 * Inside a host page's frame (`#/present?embed`): answers the reveal.js-style `postMessage`
 * API (`next`, `prev`, `slide`, `getState`, `setState`), posts `ready` once the deck is drawn
 * (`ready`, default true) and `slidechanged` on every move, posts the page's height whenever it
 * changes, and forwards every key pressed in the frame so the host deck keeps its keyboard after
 * a click inside. Off when `enabled` is false or when the page is not in a frame.
 */
export function useEmbedApi(
  enabled: boolean,
  position: DeckPosition,
  go: (next: DeckPosition) => void,
  ready = true,
): void {
  const framed = enabled && typeof window !== 'undefined' && window.parent !== window;
  const here = useRef(position);
  const goRef = useRef(go);
  useEffect(() => {
    here.current = position;
    goRef.current = go;
  });

  // The host's commands: only from the page that embeds this frame, never from anyone else.
  useEffect(() => {
    if (!framed) return;
    const onMessage = (event: MessageEvent<unknown>) => {
      if (event.source !== window.parent) return;
      const command = parseEmbedCommand(event.data);
      if (!command) return;
      const target = commandTarget(command, here.current);
      if (target) goRef.current(target);
      else toHost(stateCallback(here.current));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [framed]);

  // `ready` once, then `slidechanged` for every position after it.
  const announced = useRef<DeckPosition | null>(null);
  useEffect(() => {
    if (!framed || !ready) return;
    const last = announced.current;
    if (last && last.slide === position.slide && last.build === position.build) return;
    const current = { slide: position.slide, build: position.build };
    toHost(stateEvent(last ? 'slidechanged' : 'ready', current));
    announced.current = current;
  }, [framed, ready, position.slide, position.build]);

  // The page's height, so the host can size the frame to it.
  useEffect(() => {
    if (!framed) return;
    let posted = -1;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height > 0 && height !== posted) {
        posted = height;
        toHost(resizeEvent(height));
      }
    };
    post();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(post);
    observer.observe(document.documentElement);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [framed]);

  // Every key goes to the host, which replays it: the frame never keeps the keyboard. Capture
  // phase, so a control inside that stops a key still lets the host see it.
  useEffect(() => {
    if (!framed) return;
    const onKeyDown = (event: KeyboardEvent) => toHost(keydownEvent(event));
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [framed]);
}
