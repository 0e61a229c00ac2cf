/**
 * Training progress as stored and exported, as pure functions: the schema, reading (with the
 * migration from version 1), and writing. Nothing here touches storage or the DOM: `use-progress.ts`
 * keeps the one shared copy and `progress-tools.tsx` moves files in and out.
 *
 * Stored (localStorage): `{ schema: 2, exercises: { [id]: ExerciseProgress } }`.
 * Exported (a file): the same, plus `app: 'irsa-visualizer'` and `exportedAt`.
 * Version 1 was `{ version: 1, solved: string[] }` (optionally `started: string[]`).
 */

export type ExerciseState = 'new' | 'started' | 'solved';

export interface ExerciseProgress {
  state: ExerciseState;
  /** Answers submitted, right or wrong. */
  attempts: number;
  /** Hints revealed so far. */
  hintsShown: number;
  /** The solution was shown (once shown, it stays recorded). */
  solutionShown: boolean;
  /** ISO time of the first correct answer (null when unknown, e.g. migrated from version 1). */
  solvedAt: string | null;
}

/** By exercise id. Ids no exercise has any more are kept (an exercise may be renamed and its id
 * brought back), but counts and the summary ignore them. */
export type ExerciseMap = Record<string, ExerciseProgress>;

export const PROGRESS_SCHEMA = 2;
export const EXPORT_APP = 'irsa-visualizer';
export const EXPORT_FILE_NAME = 'irsa-training-progress.json';

export const NEW: ExerciseProgress = {
  state: 'new',
  attempts: 0,
  hintsShown: 0,
  solutionShown: false,
  solvedAt: null,
};

/** What reading found. `problem` says, in a few words, why nothing could be used. */
export type Reading =
  | {
      ok: true;
      exercises: ExerciseMap;
      /** The version it was migrated from, if older. */
      migratedFrom: number | null;
      /** A newer schema than this app's: only what this version understands was read. */
      newerSchema: number | null;
      /** Keys whose entries were unreadable and dropped. */
      dropped: string[];
    }
  | { ok: false; problem: string };

// Exercise ids as URLs carry them (`#/train/<id>`); anything else (e.g. `__proto__`) is dropped.
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const STATES: readonly string[] = ['new', 'started', 'solved'];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isTime = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));

/** One entry of schema 2, or null if any field is missing or of the wrong type. */
function readEntry(v: unknown): ExerciseProgress | null {
  if (!isRecord(v)) return null;
  const { state, attempts, hintsShown, solutionShown, solvedAt } = v;
  if (typeof state !== 'string' || !STATES.includes(state)) return null;
  if (!isCount(attempts) || !isCount(hintsShown) || typeof solutionShown !== 'boolean') return null;
  if (solvedAt !== null && !isTime(solvedAt)) return null;
  return { state: state as ExerciseState, attempts, hintsShown, solutionShown, solvedAt };
}

function readExercises(v: unknown): { exercises: ExerciseMap; dropped: string[] } | null {
  if (!isRecord(v)) return null;
  const exercises: ExerciseMap = {};
  const dropped: string[] = [];
  for (const [id, value] of Object.entries(v)) {
    const entry = ID.test(id) ? readEntry(value) : null;
    if (entry) exercises[id] = entry;
    else dropped.push(id);
  }
  return { exercises, dropped };
}

/** Version 1 listed solved (and started) ids only: attempts and times were not recorded. */
function migrateV1(v: Record<string, unknown>): Reading {
  const ids = (list: unknown) =>
    Array.isArray(list) && list.every((id) => typeof id === 'string') ? list : null;
  const solved = ids(v.solved);
  const started = v.started === undefined ? [] : ids(v.started);
  if (!solved || !started) return { ok: false, problem: 'a version 1 file with unreadable lists' };
  const exercises: ExerciseMap = {};
  const dropped: string[] = [];
  for (const id of [...started, ...solved]) {
    if (!ID.test(id)) dropped.push(id);
    else if (solved.includes(id))
      exercises[id] = { ...NEW, state: 'solved', attempts: 1 }; // solved: at least one answer
    else exercises[id] = { ...NEW, state: 'started' };
  }
  return { ok: true, exercises, migratedFrom: 1, newerSchema: null, dropped };
}

/** Reads stored or exported progress from its JSON text, never throwing. */
export function readProgress(text: string): Reading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  if (!isRecord(data)) return { ok: false, problem: 'not training progress' };
  if (data.version === 1 && data.schema === undefined) return migrateV1(data);
  const schema = data.schema;
  if (!Number.isSafeInteger(schema) || (schema as number) < PROGRESS_SCHEMA)
    return { ok: false, problem: 'not training progress' };
  const read = readExercises(data.exercises);
  if (!read) return { ok: false, problem: 'no exercises in it' };
  return {
    ok: true,
    ...read,
    migratedFrom: null,
    newerSchema: (schema as number) > PROGRESS_SCHEMA ? (schema as number) : null,
  };
}

const LOST = 'Your answers from before are lost.';
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const listed = (keys: string[]) =>
  keys
    .slice(0, 3)
    .map((k) => `"${k.slice(0, 40)}"`)
    .join(', ') + (keys.length > 3 ? ` and ${keys.length - 3} more` : '');

/**
 * Stored progress on load: what to use, the message to show once (null when all was well), and
 * whether to write the cleaned copy back (not for a newer schema: another tab's newer app may
 * still want what this version cannot read).
 */
export function loadStored(text: string | null): {
  exercises: ExerciseMap;
  recovery: string | null;
  rewrite: boolean;
} {
  if (text === null) return { exercises: {}, recovery: null, rewrite: false };
  const r = readProgress(text);
  if (!r.ok)
    return {
      exercises: {},
      recovery: `Saved training progress could not be read (${r.problem}); it was reset. ${LOST}`,
      rewrite: true,
    };
  const notes: string[] = [];
  if (r.migratedFrom !== null)
    notes.push(
      `Saved training progress from an older version (version ${r.migratedFrom}) was updated: ${plural(Object.keys(r.exercises).length, 'exercise')} kept; attempts and solve times were not recorded then.`,
    );
  if (r.newerSchema !== null)
    notes.push(
      `Saved training progress was written by a newer version of this app (schema ${r.newerSchema}); only what this version understands is shown, and it is saved again when you answer.`,
    );
  if (r.dropped.length > 0)
    notes.push(
      `${plural(r.dropped.length, 'saved entry', 'saved entries')} could not be read and ${r.dropped.length === 1 ? 'was' : 'were'} dropped (${listed(r.dropped)}); the rest was kept.`,
    );
  return {
    exercises: r.exercises,
    recovery: notes.length > 0 ? notes.join(' ') : null,
    rewrite: r.newerSchema === null && notes.length > 0,
  };
}

/**
 * An imported file: all or nothing. A file that is not this app's export, is broken, or holds an
 * entry this version cannot read is refused with the reason, and nothing changes.
 */
export function readImport(
  text: string,
): { ok: true; exercises: ExerciseMap; note: string | null } | { ok: false; error: string } {
  const refuse = (why: string) => ({ ok: false as const, error: `${why} Nothing was changed.` });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('This file is not JSON, so it is not a training progress export.');
  }
  if (!isRecord(data) || data.app !== EXPORT_APP)
    return refuse(
      isRecord(data) && typeof data.app === 'string'
        ? `This file comes from another app ("${data.app.slice(0, 40)}"), not the IRSA Visualizer.`
        : 'This JSON file is not an IRSA Visualizer training progress export (it has no "app": "irsa-visualizer").',
    );
  const r = readProgress(text);
  if (!r.ok) return refuse(`This export could not be read (${r.problem}).`);
  if (r.newerSchema !== null)
    return refuse(
      `This export was written by a newer version of the app (schema ${r.newerSchema}); this version reads schema ${PROGRESS_SCHEMA}.`,
    );
  if (r.dropped.length > 0)
    return refuse(`This export has entries that cannot be read: ${listed(r.dropped)}.`);
  return {
    ok: true,
    exercises: r.exercises,
    note: r.migratedFrom === null ? null : `It was written by version ${r.migratedFrom}.`,
  };
}

/** The stored text. */
export function serializeProgress(exercises: ExerciseMap): string {
  return JSON.stringify({ schema: PROGRESS_SCHEMA, exercises });
}

/** The export file's text, readable by people too. */
export function exportProgress(exercises: ExerciseMap, now: Date): string {
  const document = {
    app: EXPORT_APP,
    schema: PROGRESS_SCHEMA,
    exportedAt: now.toISOString(),
    exercises,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Entries for exercises that exist (in the given order); the others are kept but not counted. */
export function known(exercises: ExerciseMap, ids: readonly string[]) {
  return ids.filter((id) => Object.hasOwn(exercises, id));
}

// The changes the views make: pure, so the store and the tests share them.
export const started = (p: ExerciseProgress): ExerciseProgress =>
  p.state === 'new' ? { ...p, state: 'started' } : p;

export const attempted = (p: ExerciseProgress, correct: boolean, now: Date): ExerciseProgress => ({
  ...p,
  attempts: p.attempts + 1,
  state: correct || p.state === 'solved' ? 'solved' : 'started',
  solvedAt: correct && !p.solvedAt ? now.toISOString() : p.solvedAt,
});

export const hinted = (p: ExerciseProgress): ExerciseProgress => ({
  ...started(p),
  hintsShown: p.hintsShown + 1,
});

export const solutionRevealed = (p: ExerciseProgress): ExerciseProgress => ({
  ...started(p),
  solutionShown: true,
});
