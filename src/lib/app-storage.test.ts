import { describe, expect, it } from 'vitest';
import { APP_STORAGE_KEYS, clearAppStorage } from './app-storage';

/** A localStorage stand-in holding the app's keys and another app's key on the same origin. */
function storageWith(entries: Record<string, string>, refuse: string[] = []) {
  const items = new Map(Object.entries(entries));
  return {
    items,
    removeItem(key: string) {
      if (refuse.includes(key)) throw new DOMException('denied', 'SecurityError');
      items.delete(key);
    },
  };
}

describe('Reset saved settings', () => {
  it('removes every key of the app and nothing else, then tells the live stores', () => {
    const storage = storageWith({
      'irsa.dark-theme': 'true',
      'irsa.reduce-motion': '{broken',
      'irsa.cold-open-dismissed': 'true',
      'irsa.training-progress': '{"schema":2,"exercises":{}}',
      'another-app.session': 'keep me',
    });
    let announced = 0;
    expect(
      clearAppStorage(
        () => storage,
        () => announced++,
      ),
    ).toBe(true);
    expect([...storage.items.keys()]).toEqual(['another-app.session']);
    expect(announced).toBe(1);
  });

  it('lists each stored value under the app’s own prefix', () => {
    for (const key of Object.values(APP_STORAGE_KEYS)) expect(key).toMatch(/^irsa\.[a-z-]+$/);
  });

  it('never throws when storage is blocked, and says the reset did not happen', () => {
    let announced = 0;
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(clearAppStorage(blocked, () => announced++)).toBe(false);
    // The stores are still told: what they hold in memory goes back to the defaults.
    expect(announced).toBe(1);
  });

  it('removes what it can when one key refuses, and reports the failure', () => {
    const storage = storageWith({ 'irsa.dark-theme': 'true', 'irsa.training-progress': 'x' }, [
      'irsa.dark-theme',
    ]);
    const failingAnnounce = () => {
      throw new TypeError('StorageEvent is not a constructor');
    };
    expect(clearAppStorage(() => storage, failingAnnounce)).toBe(false);
    expect([...storage.items.keys()]).toEqual(['irsa.dark-theme']);
  });
});
