import { describe, expect, it } from 'vitest';
import { STORAGE_KEY as TRAINING_PROGRESS_KEY } from '../features/train/use-progress';
import { APP_STORAGE_KEYS } from '../lib/app-storage';

/** Every source file under src/ (tests aside), by path from src/, as text. */
const SOURCES: Record<string, string> = import.meta.glob(['../**/*.{ts,tsx}', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const sources = () => Object.keys(SOURCES);
const text = (file: string) => SOURCES[file]!;

// "Reset saved settings" clears exactly the keys in APP_STORAGE_KEYS: a value stored under any
// other key would survive it, so every key the app writes must be listed there.
describe('the list of stored keys the recovery screen resets', () => {
  const listed: string[] = Object.values(APP_STORAGE_KEYS);

  it('holds every preference key the views pass to usePreference', () => {
    const used = sources().flatMap((file) =>
      [...text(file).matchAll(/usePreference\(\s*'([^']+)'/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThanOrEqual(3);
    expect(used.filter((key) => !listed.includes(key))).toEqual([]);
  });

  it('holds the training progress key', () => {
    expect(listed).toContain(TRAINING_PROGRESS_KEY);
  });

  it('is all the app stores: storage is touched only by the files that use these keys', () => {
    const access = /window\.(?:local|session)Storage|\b(?:local|session)Storage\.\w+\(/;
    const readers = sources().filter((file) => access.test(text(file)));
    expect(readers.sort()).toEqual([
      '../features/train/use-progress.ts',
      '../lib/app-storage.ts',
      '../lib/use-preference.ts',
    ]);
  });
});
