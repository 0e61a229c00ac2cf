import { useCallback, useState, useSyncExternalStore } from 'react';

/**
 * What the user typed into a view, kept in this tab's memory so that the view can be remounted
 * ("Try again" after an error, or leaving the page and coming back) without losing it. Memory
 * only, on purpose: what is typed here (a pasted token, account ids, policies) is often a secret,
 * so it never goes to localStorage or the URL, and a reload forgets it.
 */
export interface DraftStore {
  has: (key: string) => boolean;
  get: (key: string) => unknown;
  set: (key: string, value: unknown) => void;
  /** Listens to one key: a keystroke in one field re-renders only the views that show it. */
  subscribe: (key: string, listener: () => void) => () => void;
  forget: (key: string) => void;
}

export function createDraftStore(): DraftStore {
  const values = new Map<string, unknown>();
  const listeners = new Map<string, Set<() => void>>();
  const notify = (key: string) => {
    for (const listener of listeners.get(key) ?? []) listener();
  };
  return {
    has: (key) => values.has(key),
    get: (key) => values.get(key),
    set: (key, value) => {
      if (values.has(key) && Object.is(values.get(key), value)) return;
      values.set(key, value);
      notify(key);
    },
    subscribe: (key, listener) => {
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(key);
      };
    },
    forget: (key) => {
      if (values.delete(key)) notify(key);
    },
  };
}

/** The page's one store: it lives as long as the tab's JavaScript does. */
const drafts = createDraftStore();

type Update<T> = T | ((previous: T) => T);

/**
 * `useState` for typed text that outlives its component: the value is kept under `key` until
 * the tab closes. `initial` (or its function) is used until the first change; pick a key that
 * says what the text belongs to (e.g. an exercise id) so that different inputs never share it.
 */
export function useDraft<T>(key: string, initial: T | (() => T)): [T, (next: Update<T>) => void] {
  // The first value is computed once per mount; until the user changes something it is what
  // the view shows, and it is not stored, so a later mount with another initial value uses its own.
  const [first] = useState(initial);
  const subscribe = useCallback((listener: () => void) => drafts.subscribe(key, listener), [key]);
  const read = useCallback(() => (drafts.has(key) ? (drafts.get(key) as T) : first), [key, first]);
  const value = useSyncExternalStore(subscribe, read, read);
  const update = useCallback(
    (next: Update<T>) =>
      drafts.set(key, typeof next === 'function' ? (next as (previous: T) => T)(read()) : next),
    [key, read],
  );
  return [value, update];
}
