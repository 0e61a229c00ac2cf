import { useCallback, useSyncExternalStore } from 'react';
import { useMediaQueryOrUnknown } from './use-media-query';

/**
 * A yes/no preference that follows a media query (system setting) until the user chooses,
 * then remembers the choice in localStorage (on this device only; nothing is sent anywhere).
 * It is null, not known, in the prerendered page and while it hydrates: there the page's
 * inline boot script has put the answer on <html> as a class before the first paint
 * (scripts/prerender.mjs), and CSS draws what depends on it.
 */
export function usePreference(
  storageKey: string,
  mediaQuery: string,
): [boolean | null, (value: boolean) => void] {
  const system = useMediaQueryOrUnknown(mediaQuery);
  const stored = useSyncExternalStore(
    subscribeToChoices,
    () => readStored(storageKey),
    () => null,
  );
  const choose = useCallback(
    (value: boolean) => {
      memory.set(storageKey, value);
      try {
        window.localStorage.setItem(storageKey, String(value));
      } catch {
        // Storage may be disabled (private mode): the choice then lasts for this page only.
      }
      for (const listener of listeners) listener();
    },
    [storageKey],
  );
  return [stored ?? system, choose];
}

/** Choices made on this page, for when storage refuses to keep them. */
const memory = new Map<string, boolean>();
const listeners = new Set<() => void>();

function subscribeToChoices(onChange: () => void): () => void {
  listeners.add(onChange);
  // Another tab's choice, or everything cleared (another tab's clear(), or the recovery screen's
  // "Reset saved settings", which reports `key: null`): this page's own choices go too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null) memory.clear();
    onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The stored choice, or this page's, or null. Never throws: anything stored but `true` or
 * `false` (a hand edit, another version's format) counts as no choice.
 */
export function readStored(
  key: string,
  open: () => Pick<Storage, 'getItem'> = () => window.localStorage,
): boolean | null {
  try {
    const value = open().getItem(key);
    if (value === 'true' || value === 'false') return value === 'true';
  } catch {
    // Storage unreadable (private mode, a sandboxed frame): fall back to this page's choice.
  }
  return memory.get(key) ?? null;
}
