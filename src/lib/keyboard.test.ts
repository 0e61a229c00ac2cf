import { describe, expect, it } from 'vitest';
import { pageCommand, type FocusKind } from './keyboard';

const everywhere: FocusKind[] = ['page', 'control', 'tablist', 'select'];

describe('page shortcuts', () => {
  it.each(everywhere)(
    'PageDown and PageUp step from %s (what presentation clickers send)',
    (kind) => {
      expect(pageCommand('PageDown', kind)).toEqual({ type: 'next' });
      expect(pageCommand('PageUp', kind)).toEqual({ type: 'previous' });
    },
  );

  it.each(['typing', 'dialog', 'widget'] as const)('no key is taken from %s', (kind) => {
    for (const key of ['PageDown', 'ArrowRight', 'Home', 'End', '3', ' ', '?'])
      expect(pageCommand(key, kind)).toBeNull();
  });

  it('a tab list keeps ← → for its tabs; Home, End, digits still walk', () => {
    expect(pageCommand('ArrowRight', 'tablist')).toBeNull();
    expect(pageCommand('ArrowLeft', 'tablist')).toBeNull();
    expect(pageCommand('Home', 'tablist')).toEqual({ type: 'first' });
    expect(pageCommand('End', 'tablist')).toEqual({ type: 'last' });
    expect(pageCommand('4', 'tablist')).toEqual({ type: 'digit', digit: 4 });
  });

  it('a select steps on ← → and the Page keys, and keeps ↑ ↓ Home End Space and letters', () => {
    expect(pageCommand('ArrowRight', 'select')).toEqual({ type: 'next' });
    expect(pageCommand('ArrowLeft', 'select')).toEqual({ type: 'previous' });
    for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End', ' ', 'a', '2', '?'])
      expect(pageCommand(key, 'select')).toBeNull();
  });

  it('Space plays on the page but activates a focused button or tab', () => {
    expect(pageCommand(' ', 'page')).toEqual({ type: 'toggle' });
    expect(pageCommand(' ', 'control')).toBeNull();
    expect(pageCommand(' ', 'tablist')).toBeNull();
    expect(pageCommand('Enter', 'control')).toBeNull();
  });

  it('arrows, Home, End, digits and ? work after a click on a button', () => {
    expect(pageCommand('ArrowRight', 'control')).toEqual({ type: 'next' });
    expect(pageCommand('Home', 'control')).toEqual({ type: 'first' });
    expect(pageCommand('End', 'control')).toEqual({ type: 'last' });
    expect(pageCommand('0', 'control')).toEqual({ type: 'digit', digit: 0 });
    expect(pageCommand('?', 'control')).toEqual({ type: 'help' });
  });
});
