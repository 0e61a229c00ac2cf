/**
 * The deck's `postMessage` API inside a host page's frame, reveal.js-style, as pure functions:
 * what the host may ask (`{ method, args }`, as a JSON string or an object) and what the frame
 * tells it (`{ namespace: 'irsa-visualizer', eventName, … }`). Nothing here throws: a message it
 * does not understand is null and is ignored.
 */
import {
  clampPosition,
  DECK,
  nextPosition,
  previousPosition,
  slideAt,
  startOf,
  type DeckPosition,
} from '../../machine/deck';

export const EMBED_NAMESPACE = 'irsa-visualizer';

/** Where the deck stands, for the host: names, numbers and a title only (no secrets). */
export interface EmbedState {
  /** From 1, as in `#/present?slide=N`. */
  slide: number;
  build: number;
  total: number;
  id: string;
  title: string;
}

export type EmbedCommand =
  | { method: 'next' }
  | { method: 'prev' }
  /** `slide` with `args: [n]`, n from 1 (the slide number, as in the URL and the state). */
  | { method: 'slide'; slide: number }
  | { method: 'getState' }
  | { method: 'setState'; position: DeckPosition };

export function embedState(position: DeckPosition): EmbedState {
  const here = clampPosition(position);
  const slide = slideAt(here);
  return {
    slide: here.slide,
    build: here.build,
    total: DECK.length,
    id: slide.id,
    title: slide.title,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** A host's message, from a JSON string or an object; null for anything else. */
export function parseEmbedCommand(data: unknown): EmbedCommand | null {
  let message = data;
  if (typeof data === 'string') {
    // Hosts following reveal.js send JSON text; a long string is not a command.
    if (data.length > 10_000) return null;
    try {
      message = JSON.parse(data) as unknown;
    } catch {
      return null;
    }
  }
  if (!isRecord(message) || typeof message.method !== 'string') return null;
  const args = Array.isArray(message.args) ? (message.args as unknown[]) : [];
  switch (message.method) {
    case 'next':
    case 'prev':
    case 'getState':
      return { method: message.method };
    case 'slide': {
      const n = args[0];
      return isNumber(n) ? { method: 'slide', slide: n } : null;
    }
    case 'setState': {
      const state = args[0];
      if (!isRecord(state) || !isNumber(state.slide)) return null;
      const build = isNumber(state.build) ? state.build : 0;
      return { method: 'setState', position: clampPosition({ slide: state.slide, build }) };
    }
    default:
      return null;
  }
}

/** Where a command takes the deck; null when it only asks (getState). */
export function commandTarget(command: EmbedCommand, position: DeckPosition): DeckPosition | null {
  switch (command.method) {
    case 'next':
      return nextPosition(position);
    case 'prev':
      return previousPosition(position);
    case 'slide':
      return startOf(command.slide);
    case 'setState':
      return command.position;
    case 'getState':
      return null;
  }
}

export interface EmbedEvent {
  namespace: typeof EMBED_NAMESPACE;
  eventName: string;
  [field: string]: unknown;
}

export const stateEvent = (eventName: 'ready' | 'slidechanged', position: DeckPosition) =>
  ({ namespace: EMBED_NAMESPACE, eventName, state: embedState(position) }) satisfies EmbedEvent;

/** The answer to `getState`, shaped as reveal.js answers a method called through postMessage. */
export const stateCallback = (position: DeckPosition) =>
  ({
    namespace: EMBED_NAMESPACE,
    eventName: 'callback',
    method: 'getState',
    result: embedState(position),
  }) satisfies EmbedEvent;

export const resizeEvent = (height: number) =>
  ({ namespace: EMBED_NAMESPACE, eventName: 'resize', height }) satisfies EmbedEvent;

/** A key pressed inside the frame, for the host to replay (the frame keeps no key). */
export const keydownEvent = (
  key: Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>,
) =>
  ({
    namespace: EMBED_NAMESPACE,
    eventName: 'keydown',
    key: key.key,
    code: key.code,
    shiftKey: key.shiftKey,
    altKey: key.altKey,
    ctrlKey: key.ctrlKey,
    metaKey: key.metaKey,
  }) satisfies EmbedEvent;
