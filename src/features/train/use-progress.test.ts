import { describe, expect, it } from 'vitest';
import { serializeProgress } from './progress-store';
import { createProgressStore, STORAGE_KEY } from './use-progress';

const NOW = new Date('2026-11-28T12:00:00Z');

/** A localStorage stand-in; `full` makes every write fail as a full quota does. */
function fakeStorage(initial: string | null = null) {
  const items = new Map<string, string>(initial === null ? [] : [[STORAGE_KEY, initial]]);
  const storage = {
    full: false,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (storage.full) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
    stored: () => items.get(STORAGE_KEY) ?? null,
  };
  return storage;
}

function storeOn(storage: ReturnType<typeof fakeStorage> | null) {
  let tellOtherTab: ((key: string | null, value: string | null) => void) | null = null;
  const store = createProgressStore({
    open: () => {
      if (!storage) throw new DOMException('denied', 'SecurityError');
      return storage;
    },
    watch: (onChange) => {
      tellOtherTab = onChange;
      return () => (tellOtherTab = null);
    },
    now: () => NOW,
  });
  return {
    store,
    otherTab: (key: string | null, value: string | null) => tellOtherTab?.(key, value),
  };
}

describe('the progress store', () => {
  it('writes each change at once, and a new store (a reload) reads it back', () => {
    const storage = fakeStorage();
    const { store } = storeOn(storage);
    store.start('fix-sub-namespace');
    store.showHint('fix-sub-namespace');
    store.attempt('fix-sub-namespace', true);
    const expected = {
      'fix-sub-namespace': {
        state: 'solved',
        attempts: 1,
        hintsShown: 1,
        solutionShown: false,
        solvedAt: NOW.toISOString(),
      },
    };
    expect(JSON.parse(storage.stored()!)).toEqual({ schema: 2, exercises: expected });
    expect(storeOn(storage).store.getSnapshot()).toEqual({
      exercises: expected,
      recovery: null,
      saved: true,
    });
  });

  it('tells subscribers, and keeps the snapshot when nothing changed', () => {
    const { store } = storeOn(fakeStorage());
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.start('a');
    const snapshot = store.getSnapshot();
    store.start('a');
    expect(store.getSnapshot()).toBe(snapshot);
    expect(calls).toBe(1);
    stop();
  });

  it('corrupted storage: reset, the message once, and the clean copy saved', () => {
    const storage = fakeStorage('{not json');
    const { store } = storeOn(storage);
    expect(store.getSnapshot().recovery).toMatch(/could not be read \(not JSON\); it was reset/);
    expect(storage.stored()).toBe(serializeProgress({}));
    store.dismissRecovery();
    expect(store.getSnapshot().recovery).toBeNull();
    expect(storeOn(storage).store.getSnapshot().recovery).toBeNull();
  });

  it('no storage at all: progress in memory, and it says so', () => {
    const { store } = storeOn(null);
    store.attempt('a', false);
    expect(store.getSnapshot()).toMatchObject({ saved: false, exercises: { a: { attempts: 1 } } });
    expect(store.getSnapshot().recovery).toMatch(/lasts only until this tab closes/);
  });

  it('a full storage: the change is kept in memory, and it says so', () => {
    const storage = fakeStorage();
    const { store } = storeOn(storage);
    store.getSnapshot();
    storage.full = true;
    store.attempt('a', true);
    expect(store.getSnapshot()).toMatchObject({
      saved: false,
      exercises: { a: { state: 'solved' } },
    });
    expect(store.getSnapshot().recovery).toMatch(/could not be saved/);
  });

  it("another tab's write and clear arrive; other keys are ignored", () => {
    const { store, otherTab } = storeOn(fakeStorage());
    const stop = store.subscribe(() => {});
    const other = serializeProgress({
      b: { state: 'started', attempts: 1, hintsShown: 0, solutionShown: false, solvedAt: null },
    });
    otherTab(STORAGE_KEY, other);
    expect(Object.keys(store.getSnapshot().exercises)).toEqual(['b']);
    otherTab('irsa.dark-theme', 'true');
    expect(Object.keys(store.getSnapshot().exercises)).toEqual(['b']);
    otherTab(null, null);
    expect(store.getSnapshot().exercises).toEqual({});
    stop();
  });

  it('replace and reset', () => {
    const storage = fakeStorage();
    const { store } = storeOn(storage);
    store.replace({
      a: { state: 'started', attempts: 2, hintsShown: 0, solutionShown: true, solvedAt: null },
    });
    expect(Object.keys(store.getSnapshot().exercises)).toEqual(['a']);
    store.reset();
    expect(store.getSnapshot().exercises).toEqual({});
    expect(storage.stored()).toBe(serializeProgress({}));
  });
});
