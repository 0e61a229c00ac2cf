import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether a CSS media query matches now, updated as it changes. The prerendered page (and the
 * hydration render that must equal it) assumes it does not match; the browser's answer follows
 * at once after hydration.
 */
export function useMediaQuery(query: string): boolean {
  return useMediaQueryOr(query, false);
}

/**
 * Like useMediaQuery, but null in the prerendered page and while it hydrates: the caller draws
 * every case and lets a CSS media query show the right one, so a phone's first paint is already
 * its own layout and hydration changes nothing. Rendered in the browser, the answer is known.
 */
export function useMediaQueryOrUnknown(query: string): boolean | null {
  return useMediaQueryOr(query, null);
}

function useMediaQueryOr<T>(query: string, beforeHydration: T): boolean | T {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore<boolean | T>(
    subscribe,
    () => window.matchMedia(query).matches,
    () => beforeHydration,
  );
}
