import { useSyncExternalStore } from 'react';

const noChanges = () => () => {};

/**
 * False in the prerendered page and while React hydrates it, true once the page runs: for what
 * must be drawn differently until then (by CSS, from what the boot script put on <html>).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
}
