import { useSyncExternalStore } from 'react';
import type { PasteField, Pastes } from '../../machine/diagnose/types';

/**
 * The pasted texts, in this tab's memory only: going to another page of the app and back keeps
 * them (this module stays loaded), a reload forgets them. Never localStorage, never the URL:
 * what an engineer pastes (a token, account ids, policies) must not outlive the tab.
 */
let pastes: Pastes = {};
const listeners = new Set<() => void>();

function publish(next: Pastes) {
  pastes = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current texts; a new object on every change, so it can tell a run's input from a later one. */
export function usePastes(): Pastes {
  return useSyncExternalStore(subscribe, () => pastes);
}

export function setPaste(field: PasteField, text: string): void {
  publish({ ...pastes, [field]: text });
}

export function clearPastes(): void {
  publish({});
}
