/**
 * What a key means in the presenter's deck (pure, so it is unit-tested; `focusKind` from
 * `keyboard.ts` says where it was pressed). Clickers send PageDown/PageUp, some → ← or N/P or
 * Space, and "blank screen" as B or `.`, the keys reveal.js and PowerPoint answer too.
 */
import type { FocusKind } from './keyboard';

export type DeckCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  /** A digit of a slide number; Enter then jumps to it. */
  | { type: 'digit'; digit: number }
  | { type: 'enter' }
  | { type: 'fullscreen' }
  | { type: 'blackout' }
  | { type: 'speaker' }
  | { type: 'overview' }
  | { type: 'leave' };

const BY_KEY: Record<string, DeckCommand> = {
  ArrowRight: { type: 'next' },
  PageDown: { type: 'next' },
  ' ': { type: 'next' },
  n: { type: 'next' },
  N: { type: 'next' },
  ArrowLeft: { type: 'previous' },
  PageUp: { type: 'previous' },
  p: { type: 'previous' },
  P: { type: 'previous' },
  Home: { type: 'first' },
  End: { type: 'last' },
  Enter: { type: 'enter' },
  f: { type: 'fullscreen' },
  F: { type: 'fullscreen' },
  b: { type: 'blackout' },
  B: { type: 'blackout' },
  '.': { type: 'blackout' },
  s: { type: 'speaker' },
  S: { type: 'speaker' },
  o: { type: 'overview' },
  O: { type: 'overview' },
  Escape: { type: 'leave' },
};

/**
 * The deck's command for a key pressed at a place, or null to leave the key alone. Typing and
 * dialogs keep every key; a focused button keeps Space and Enter (it is being pressed).
 */
export function deckCommand(key: string, kind: FocusKind): DeckCommand | null {
  if (kind === 'typing' || kind === 'dialog' || kind === 'widget') return null;
  if (kind === 'control' && (key === ' ' || key === 'Enter')) return null;
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: Number(key) };
  return BY_KEY[key] ?? null;
}

/** The digits typed so far and a new one: "1" then "2" is slide 12 (at most two digits). */
export function appendDigit(typed: string, digit: number): string {
  return `${typed}${digit}`.slice(-2);
}
