import { useEffect, useRef, useState } from 'react';
import { appendDigit, deckCommand, type DeckCommand } from '../../lib/deck-keys';
import { focusKind } from '../../lib/keyboard';

/** What the deck does for each command; `digit` and `enter` are handled here (slide numbers). */
export type DeckActions = {
  [K in Exclude<DeckCommand['type'], 'digit' | 'enter'>]: () => void;
} & {
  jump: (slide: number) => void;
  help: () => void;
  /** The screen is blacked out: any key brings it back (and does nothing else). */
  restore: () => boolean;
};

/** How long a half-typed slide number waits for Enter. */
const TYPED_MS = 3000;

/**
 * The deck's keyboard, for the room's window: clicker keys, Home/End, a number then Enter, F, B,
 * S, O, Esc, and ? for the list of keys. Keys with Ctrl, Alt or ⌘ belong to the browser, and a
 * key another handler already took is left alone. Returns the digits typed so far, to show them.
 */
export function useDeckKeys(enabled: boolean, actions: DeckActions): string {
  const [typed, setTyped] = useState('');
  const state = useRef({ actions, typed });
  useEffect(() => {
    state.current = { actions, typed };
  });

  useEffect(() => {
    if (!typed) return;
    const timer = window.setTimeout(() => setTyped(''), TYPED_MS);
    return () => window.clearTimeout(timer);
  }, [typed]);

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const { actions: act, typed: digits } = state.current;
      if (['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return;
      if (act.restore()) {
        event.preventDefault();
        return;
      }
      const kind = focusKind(event.target);
      if (event.key === '?' && (kind === 'page' || kind === 'control')) {
        event.preventDefault();
        act.help();
        return;
      }
      const command = deckCommand(event.key, kind);
      if (!command) return;
      event.preventDefault();
      if (command.type === 'digit') setTyped(appendDigit(digits, command.digit));
      else if (command.type === 'enter') {
        if (digits) act.jump(Number(digits));
        setTyped('');
      } else {
        if (digits) setTyped('');
        act[command.type]();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);

  return typed;
}
