/**
 * Each exercise's progress, kept in localStorage (`irsa.training-progress`, the versioned schema
 * of `progress-store.ts`) and shared: one store for every component of the page, and other tabs'
 * changes arrive through the `storage` event. Writes are immediate (the data is a few hundred
 * bytes). When storage cannot be read or written, progress lives in memory and `recovery` says so.
 */
import { useMemo, useSyncExternalStore } from 'react';
import {
  attempted,
  hinted,
  loadStored,
  NEW,
  serializeProgress,
  solutionRevealed,
  started,
  type ExerciseMap,
  type ExerciseProgress,
} from './progress-store';

export { NEW, type ExerciseProgress, type ExerciseState } from './progress-store';

export const STORAGE_KEY = 'irsa.training-progress';

export interface Progress {
  /** By exercise id; an exercise not listed is new. Ids of exercises that no longer exist are
   * kept here, so count only the ids of `EXERCISES`. */
  exercises: Record<string, ExerciseProgress>;
  /** Set when stored progress could not be read and was migrated or reset, or cannot be saved:
   * say it once (`RecoveryNotice` in `progress-tools.tsx` does). */
  recovery: string | null;
  dismissRecovery: () => void;
  /** False when progress lives in memory only (storage blocked or full). */
  saved: boolean;
  /** One exercise's progress (new if never touched). */
  of: (id: string) => ExerciseProgress;
  start: (id: string) => void;
  attempt: (id: string, correct: boolean) => void;
  showHint: (id: string) => void;
  showSolution: (id: string) => void;
  /** Replaces all progress (an import). */
  replace: (exercises: Record<string, ExerciseProgress>) => void;
  /** Forgets all progress. */
  reset: () => void;
}

/** What the store holds: replaced, never mutated, so React sees each change. */
export interface ProgressSnapshot {
  exercises: ExerciseMap;
  recovery: string | null;
  saved: boolean;
}

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const UNAVAILABLE =
  'This browser does not let the page keep data (storage is blocked, as in some private windows): training progress lasts only until this tab closes. Use Export progress to keep it.';
const NOT_SAVED =
  'Training progress could not be saved (browser storage is full or blocked): from now on it lasts only until this tab closes. Use Export progress to keep it.';

/**
 * The store, with its surroundings passed in so tests can run it without a browser: `open`
 * returns the storage (or throws when there is none), `watch` reports other tabs' writes.
 */
export function createProgressStore({
  open,
  watch,
  now = () => new Date(),
}: {
  open: () => StorageLike;
  watch: (onChange: (key: string | null, value: string | null) => void) => () => void;
  now?: () => Date;
}) {
  let storage: StorageLike | null = null;
  let snapshot: ProgressSnapshot | null = null;
  const listeners = new Set<() => void>();
  let unwatch: (() => void) | null = null;

  function save(exercises: ExerciseMap): boolean {
    if (!storage) return false;
    try {
      storage.setItem(STORAGE_KEY, serializeProgress(exercises));
      return true;
    } catch {
      storage = null;
      return false;
    }
  }

  function getSnapshot(): ProgressSnapshot {
    if (snapshot) return snapshot;
    let text: string | null = null;
    try {
      storage = open();
      text = storage.getItem(STORAGE_KEY);
    } catch {
      storage = null;
    }
    if (!storage) return (snapshot = { exercises: {}, recovery: UNAVAILABLE, saved: false });
    const loaded = loadStored(text);
    // A cleaned copy is written back at once, so the message is shown once, not on every visit.
    if (loaded.rewrite && !save(loaded.exercises))
      return (snapshot = { exercises: loaded.exercises, recovery: NOT_SAVED, saved: false });
    return (snapshot = { exercises: loaded.exercises, recovery: loaded.recovery, saved: true });
  }

  function publish(next: ProgressSnapshot) {
    snapshot = next;
    for (const listener of listeners) listener();
  }

  function commit(exercises: ExerciseMap) {
    const current = getSnapshot();
    const kept = save(exercises);
    publish({
      exercises,
      recovery: current.saved && !kept ? NOT_SAVED : current.recovery,
      saved: kept,
    });
  }

  function update(id: string, change: (p: ExerciseProgress) => ExerciseProgress) {
    const { exercises } = getSnapshot();
    const before = Object.hasOwn(exercises, id) ? exercises[id]! : NEW;
    const after = change(before);
    if (after !== before) commit({ ...exercises, [id]: after });
  }

  // Another tab wrote (or cleared) the progress: show what it holds. Nothing is written back,
  // so two tabs never answer each other's writes.
  function external(key: string | null, value: string | null) {
    if (key !== null && key !== STORAGE_KEY) return;
    if (!getSnapshot().saved) return;
    const loaded = loadStored(key === null ? null : value);
    publish({ ...getSnapshot(), exercises: loaded.exercises });
  }

  return {
    getSnapshot,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      unwatch ??= watch(external);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && unwatch) {
          unwatch();
          unwatch = null;
        }
      };
    },
    start: (id: string) => update(id, started),
    attempt: (id: string, correct: boolean) => update(id, (p) => attempted(p, correct, now())),
    showHint: (id: string) => update(id, hinted),
    showSolution: (id: string) => update(id, solutionRevealed),
    replace: (exercises: ExerciseMap) => commit({ ...exercises }),
    reset: () => commit({}),
    dismissRecovery: () => {
      const current = getSnapshot();
      if (current.recovery !== null) publish({ ...current, recovery: null });
    },
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

function openLocalStorage(): StorageLike {
  const storage = window.localStorage;
  // Some browsers hand out a storage that refuses every write: find out before the first answer.
  storage.setItem(`${STORAGE_KEY}.probe`, '1');
  storage.removeItem(`${STORAGE_KEY}.probe`);
  return storage;
}

function watchOtherTabs(onChange: (key: string | null, value: string | null) => void) {
  const listener = (event: StorageEvent) => {
    if (event.storageArea === window.localStorage) onChange(event.key, event.newValue);
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

/** The page's one store. */
const store = createProgressStore({ open: openLocalStorage, watch: watchOtherTabs });

/** What the prerendered list shows (and hydration renders): a first visit, nothing stored yet. */
const FIRST_VISIT: ProgressSnapshot = { exercises: {}, recovery: null, saved: true };

export function useProgress(): Progress {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, () => FIRST_VISIT);
  return useMemo(
    () => ({
      exercises: snapshot.exercises,
      recovery: snapshot.recovery,
      saved: snapshot.saved,
      of: (id: string) => (Object.hasOwn(snapshot.exercises, id) ? snapshot.exercises[id]! : NEW),
      dismissRecovery: store.dismissRecovery,
      start: store.start,
      attempt: store.attempt,
      showHint: store.showHint,
      showSolution: store.showSolution,
      replace: store.replace,
      reset: store.reset,
    }),
    [snapshot],
  );
}
