/**
 * Every key this app keeps in localStorage, in one place: the recovery screen's "Reset saved
 * settings" clears exactly these (and nothing another app on the same origin keeps). A new
 * stored value gets its key here, so the reset cannot miss it. Nothing typed is ever stored.
 */
export const APP_STORAGE_KEYS = {
  /** `true` / `false`: the Dark theme switch, once flipped (`use-preference.ts`). */
  darkTheme: 'irsa.dark-theme',
  /** `true` / `false`: the Reduce motion switch, once flipped. */
  reduceMotion: 'irsa.reduce-motion',
  /** `true` once the explore page's introduction was dismissed. */
  coldOpenDismissed: 'irsa.cold-open-dismissed',
  /** JSON, versioned: each exercise's progress (`features/train/progress-store.ts`). */
  trainingProgress: 'irsa.training-progress',
} as const;

/** What the reset forgets, in words for the recovery screen. */
export const APP_STORAGE_DESCRIPTION =
  'the theme and motion switches, the dismissed introduction and training progress';

interface RemovableStorage {
  removeItem(key: string): void;
}

/**
 * Removes the app's keys. Never throws: storage can be missing or refuse access (some private
 * windows). Then tells the page's live stores (the preferences, training progress), through the
 * `storage` event they already follow for other tabs, that the values are gone, so they show
 * the defaults without a reload (a reload would lose what was typed). Returns whether every
 * key could be removed.
 */
export function clearAppStorage(
  open: () => RemovableStorage = () => window.localStorage,
  announce: () => void = announceCleared,
): boolean {
  let cleared = true;
  try {
    const storage = open();
    for (const key of Object.values(APP_STORAGE_KEYS)) {
      try {
        storage.removeItem(key);
      } catch {
        cleared = false;
      }
    }
  } catch {
    cleared = false;
  }
  try {
    announce();
  } catch {
    // A browser without StorageEvent: the stores keep their (already sanitised) values.
  }
  return cleared;
}

/** `key: null` is what a `clear()` in another tab reports: "everything is gone". */
function announceCleared() {
  window.dispatchEvent(
    new StorageEvent('storage', { key: null, storageArea: window.localStorage }),
  );
}
