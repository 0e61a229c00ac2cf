import { describe, expect, it } from 'vitest';
import { appendDigit, deckCommand } from './deck-keys';

describe('deck keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['n', 'next'],
    ['N', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['p', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Enter', 'enter'],
    ['f', 'fullscreen'],
    ['b', 'blackout'],
    ['.', 'blackout'],
    ['s', 'speaker'],
    ['o', 'overview'],
    ['Escape', 'leave'],
  ])('%j on the page is %s', (key, type) => {
    expect(deckCommand(key, 'page')?.type).toBe(type);
  });

  it('reads digits for "number then Enter"', () => {
    expect(deckCommand('7', 'page')).toEqual({ type: 'digit', digit: 7 });
    expect(appendDigit('', 1)).toBe('1');
    expect(appendDigit('1', 2)).toBe('12');
    expect(appendDigit('12', 3)).toBe('23');
  });

  it('leaves keys to fields, dialogs and a pressed button', () => {
    expect(deckCommand('n', 'typing')).toBeNull();
    expect(deckCommand('ArrowRight', 'dialog')).toBeNull();
    expect(deckCommand(' ', 'control')).toBeNull();
    expect(deckCommand('Enter', 'control')).toBeNull();
    expect(deckCommand('ArrowRight', 'control')?.type).toBe('next');
    expect(deckCommand('x', 'page')).toBeNull();
  });
});
