/**
 * STUB (to be written, kept in localStorage under a versioned schema): each exercise's state.
 * The signature is what the training views use.
 */
import { useState } from 'react';

export type ExerciseState = 'new' | 'started' | 'solved';

export interface ExerciseProgress {
  state: ExerciseState;
  /** Answers submitted, right or wrong. */
  attempts: number;
  /** Hints revealed so far. */
  hintsShown: number;
  /** The solution was shown before the exercise was solved. */
  solutionShown: boolean;
  /** ISO time of the first correct answer. */
  solvedAt: string | null;
}

export interface Progress {
  /** By exercise id; an exercise not listed is new. */
  exercises: Record<string, ExerciseProgress>;
  /** Set when stored progress could not be read and was migrated or reset: say it once. */
  recovery: string | null;
  dismissRecovery: () => void;
  /** One exercise's progress (new if never touched). */
  of: (id: string) => ExerciseProgress;
  start: (id: string) => void;
  attempt: (id: string, correct: boolean) => void;
  showHint: (id: string) => void;
  showSolution: (id: string) => void;
}

export const NEW: ExerciseProgress = {
  state: 'new',
  attempts: 0,
  hintsShown: 0,
  solutionShown: false,
  solvedAt: null,
};

export function useProgress(): Progress {
  const [exercises, setExercises] = useState<Record<string, ExerciseProgress>>({});
  const of = (id: string) => exercises[id] ?? NEW;
  const update = (id: string, f: (p: ExerciseProgress) => ExerciseProgress) =>
    setExercises((all) => ({ ...all, [id]: f(all[id] ?? NEW) }));
  return {
    exercises,
    recovery: null,
    dismissRecovery: () => {},
    of,
    start: (id) => update(id, (p) => (p.state === 'new' ? { ...p, state: 'started' } : p)),
    attempt: (id, correct) =>
      update(id, (p) => ({
        ...p,
        attempts: p.attempts + 1,
        state: correct ? 'solved' : p.state === 'solved' ? 'solved' : 'started',
        solvedAt: correct && !p.solvedAt ? new Date().toISOString() : p.solvedAt,
      })),
    showHint: (id) => update(id, (p) => ({ ...p, hintsShown: p.hintsShown + 1 })),
    showSolution: (id) => update(id, (p) => ({ ...p, solutionShown: true })),
  };
}
