import { describe, expect, it } from 'vitest';
import { createDraftStore } from './drafts';

describe('the draft store (typed text kept in memory across remounts)', () => {
  it('holds nothing until something is typed, then gives back exactly what was typed', () => {
    const drafts = createDraftStore();
    expect(drafts.has('checker.input')).toBe(false);
    const typed = { token: 'eyJhbGciOiJSUzI1NiJ9.e30.sig', jwks: '', trustPolicy: '' };
    drafts.set('checker.input', typed);
    expect(drafts.has('checker.input')).toBe(true);
    // The same object: a view that compares its input by identity sees it unchanged.
    expect(drafts.get('checker.input')).toBe(typed);
  });

  it('tells only the listeners of the key that changed, and stops when they leave', () => {
    const drafts = createDraftStore();
    const heard: string[] = [];
    const stopFind = drafts.subscribe('find.text', () => heard.push('find'));
    drafts.subscribe('checker.input', () => heard.push('checker'));
    drafts.set('find.text', 'AccessDenied');
    drafts.set('find.text', 'AccessDenied'); // unchanged: nobody re-renders
    stopFind();
    drafts.set('find.text', 'InvalidIdentityToken');
    expect(heard).toEqual(['find']);
    expect(drafts.get('find.text')).toBe('InvalidIdentityToken');
  });

  it('forgets a key on request, so the view shows its initial text again', () => {
    const drafts = createDraftStore();
    let calls = 0;
    drafts.subscribe('generate.names', () => calls++);
    drafts.set('generate.names', { roleName: 's3-reader' });
    drafts.forget('generate.names');
    drafts.forget('generate.names'); // already gone: no second notice
    expect(drafts.has('generate.names')).toBe(false);
    expect(calls).toBe(2);
  });
});
