import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attempted,
  exportProgress,
  hinted,
  loadStored,
  NEW,
  PROGRESS_SCHEMA,
  readImport,
  readProgress,
  serializeProgress,
  solutionRevealed,
  started,
  type ExerciseMap,
  type ExerciseProgress,
} from './progress-store';

const NOW = new Date('2026-11-28T12:00:00Z');
const SOLVED: ExerciseProgress = {
  state: 'solved',
  attempts: 2,
  hintsShown: 1,
  solutionShown: false,
  solvedAt: '2026-11-28T12:03:00.000Z',
};

const arbitraryProgress: fc.Arbitrary<ExerciseProgress> = fc.record({
  state: fc.constantFrom('new' as const, 'started' as const, 'solved' as const),
  attempts: fc.nat(),
  hintsShown: fc.nat({ max: 20 }),
  solutionShown: fc.boolean(),
  solvedAt: fc.option(
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
  ),
});
const arbitraryId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);
const arbitraryMap: fc.Arbitrary<ExerciseMap> = fc.dictionary(arbitraryId, arbitraryProgress);

describe('round trips', () => {
  it('what is stored reads back the same, with nothing to say', () => {
    fc.assert(
      fc.property(arbitraryMap, (exercises) => {
        expect(loadStored(serializeProgress(exercises))).toEqual({
          exercises,
          recovery: null,
          rewrite: false,
        });
      }),
    );
  });

  it('an export imports back the same', () => {
    fc.assert(
      fc.property(arbitraryMap, (exercises) => {
        expect(readImport(exportProgress(exercises, NOW))).toEqual({
          ok: true,
          exercises,
          note: null,
        });
      }),
    );
  });

  it('the export names the app, the schema and the time', () => {
    const text = exportProgress({ 'fix-sub-namespace': SOLVED }, NOW);
    expect(JSON.parse(text)).toEqual({
      app: 'irsa-visualizer',
      schema: PROGRESS_SCHEMA,
      exportedAt: '2026-11-28T12:00:00.000Z',
      exercises: { 'fix-sub-namespace': SOLVED },
    });
  });

  it('nothing stored is no progress and no message', () => {
    expect(loadStored(null)).toEqual({ exercises: {}, recovery: null, rewrite: false });
  });

  it('ids of exercises that no longer exist are kept', () => {
    const stored = serializeProgress({ 'renamed-long-ago': SOLVED });
    expect(loadStored(stored).exercises).toEqual({ 'renamed-long-ago': SOLVED });
  });
});

describe('version 1 is migrated', () => {
  it('solved and started lists become entries, and the message says it was updated', () => {
    const loaded = loadStored(
      JSON.stringify({ version: 1, solved: ['fix-sub-namespace'], started: ['secure-no-sub'] }),
    );
    expect(loaded.exercises).toEqual({
      'fix-sub-namespace': { ...NEW, state: 'solved', attempts: 1 },
      'secure-no-sub': { ...NEW, state: 'started' },
    });
    expect(loaded.recovery).toMatch(/^Saved training progress from an older version .* updated/);
    expect(loaded.rewrite).toBe(true);
    // Written back as schema 2, it then reads without a message.
    expect(loadStored(serializeProgress(loaded.exercises)).recovery).toBeNull();
  });

  it('an id in both lists is solved; started is optional', () => {
    expect(
      loadStored(JSON.stringify({ version: 1, solved: ['a'], started: ['a'] })).exercises,
    ).toEqual({ a: { ...NEW, state: 'solved', attempts: 1 } });
    expect(loadStored(JSON.stringify({ version: 1, solved: [] })).exercises).toEqual({});
  });

  it('an old export without "app" is refused on import, an old stored copy is not', () => {
    const v1 = JSON.stringify({ version: 1, solved: ['a'] });
    expect(readImport(v1).ok).toBe(false);
    expect(
      readImport(JSON.stringify({ app: 'irsa-visualizer', version: 1, solved: ['a'] })),
    ).toEqual({
      ok: true,
      exercises: { a: { ...NEW, state: 'solved', attempts: 1 } },
      note: 'It was written by version 1.',
    });
  });
});

describe('broken stored progress: a message, never a throw', () => {
  const RESET = [
    ['{not json', 'not JSON'],
    ['', 'not JSON'],
    ['null', 'not training progress'],
    ['[1,2]', 'not training progress'],
    ['"text"', 'not training progress'],
    ['{"other":"app"}', 'not training progress'],
    ['{"schema":"2","exercises":{}}', 'not training progress'],
    ['{"schema":1,"exercises":{}}', 'not training progress'],
    ['{"schema":2}', 'no exercises in it'],
    ['{"schema":2,"exercises":[]}', 'no exercises in it'],
    ['{"version":1,"solved":"a"}', 'a version 1 file with unreadable lists'],
    ['{"version":1,"solved":[1]}', 'a version 1 file with unreadable lists'],
  ] as const;
  it.each(RESET)('%j is reset (%s)', (text, problem) => {
    expect(loadStored(text)).toEqual({
      exercises: {},
      recovery: `Saved training progress could not be read (${problem}); it was reset. Your answers from before are lost.`,
      rewrite: true,
    });
  });

  const WRONG_ENTRIES: [string, unknown][] = [
    ['a state that does not exist', { ...SOLVED, state: 'done' }],
    ['attempts as text', { ...SOLVED, attempts: '2' }],
    ['negative hints', { ...SOLVED, hintsShown: -1 }],
    ['fractional attempts', { ...SOLVED, attempts: 1.5 }],
    ['solutionShown as a number', { ...SOLVED, solutionShown: 1 }],
    ['a time that is not one', { ...SOLVED, solvedAt: 'yesterday' }],
    ['a field missing', { state: 'new', attempts: 0 }],
    ['not an object', 'solved'],
  ];
  it.each(WRONG_ENTRIES)('an entry with %s is dropped, the rest kept', (_, entry) => {
    const text = JSON.stringify({ schema: 2, exercises: { good: SOLVED, bad: entry } });
    const loaded = loadStored(text);
    expect(loaded.exercises).toEqual({ good: SOLVED });
    expect(loaded.recovery).toBe(
      '1 saved entry could not be read and was dropped ("bad"); the rest was kept.',
    );
    expect(loaded.rewrite).toBe(true);
  });

  it('keys that are not exercise ids (like __proto__) are dropped, and nothing is polluted', () => {
    const loaded = loadStored(
      `{"schema":2,"exercises":{"__proto__":${JSON.stringify(SOLVED)},"Bad Id":${JSON.stringify(SOLVED)}}}`,
    );
    expect(loaded.exercises).toEqual({});
    expect(Object.getPrototypeOf(loaded.exercises)).toBe(Object.prototype);
    expect(loaded.recovery).toContain('2 saved entries could not be read');
  });

  it('a newer schema keeps what this version reads and is not overwritten', () => {
    const loaded = loadStored(
      JSON.stringify({ schema: 3, exercises: { a: { ...SOLVED, badge: 'gold' } }, streak: 4 }),
    );
    expect(loaded.exercises).toEqual({ a: SOLVED });
    expect(loaded.recovery).toMatch(/newer version of this app \(schema 3\)/);
    expect(loaded.rewrite).toBe(false);
  });

  it('any text at all: no throw, and either well read or a message', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const loaded = loadStored(text);
          expect(typeof loaded.exercises).toBe('object');
          if (loaded.recovery === null)
            expect(serializeProgress(loaded.exercises)).toBe(
              serializeProgress((JSON.parse(text) as { exercises: ExerciseMap }).exercises),
            );
        },
      ),
    );
  });
});

describe('importing a file: all or nothing, with the reason', () => {
  const good = exportProgress({ a: SOLVED }, NOW);
  const REFUSED: [string, string, RegExp][] = [
    ['broken JSON', '{"app":', /not JSON/],
    [
      'another app',
      '{"app":"other-tool","schema":2,"exercises":{}}',
      /another app \("other-tool"\)/,
    ],
    ['plain JSON', '{"schema":2,"exercises":{}}', /no "app": "irsa-visualizer"/],
    ['a list', '[]', /not an IRSA Visualizer training progress export/],
    [
      'no exercises',
      '{"app":"irsa-visualizer","schema":2}',
      /could not be read \(no exercises in it\)/,
    ],
    ['a newer schema', good.replace('"schema": 2', '"schema": 9'), /newer version .*schema 9/],
    [
      'an unreadable entry',
      good.replace('"attempts": 2', '"attempts": "two"'),
      /entries that cannot be read: "a"/,
    ],
  ];
  it.each(REFUSED)('%s is refused', (_, text, reason) => {
    const read = readImport(text);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error).toMatch(reason);
      expect(read.error).toMatch(/Nothing was changed\.$/);
    }
  });

  it('readProgress never throws on a file either', () => {
    fc.assert(fc.property(fc.string(), (text) => void readProgress(text)));
  });
});

describe('what the views record', () => {
  it('start marks a new exercise started and leaves others alone', () => {
    expect(started(NEW).state).toBe('started');
    expect(started(SOLVED)).toBe(SOLVED);
  });

  it('a wrong answer counts and starts; a right one solves once, keeping the first time', () => {
    const wrong = attempted(NEW, false, NOW);
    expect(wrong).toEqual({ ...NEW, state: 'started', attempts: 1 });
    const right = attempted(wrong, true, NOW);
    expect(right).toEqual({ ...wrong, state: 'solved', attempts: 2, solvedAt: NOW.toISOString() });
    const later = attempted(right, false, new Date('2027-01-01T00:00:00Z'));
    expect(later).toEqual({ ...right, attempts: 3 });
  });

  it('hints and the solution are counted and start the exercise', () => {
    expect(hinted(hinted(NEW))).toEqual({ ...NEW, state: 'started', hintsShown: 2 });
    expect(solutionRevealed(NEW)).toEqual({ ...NEW, state: 'started', solutionShown: true });
  });
});
