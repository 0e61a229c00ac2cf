/** The words the training views use for kinds, groups and states. */
import {
  EXERCISE_GROUPS,
  EXERCISES,
  type Exercise,
  type ExerciseKind,
} from '../../machine/training/exercises';
import type { ExerciseState } from './use-progress';

export const KIND_LABELS: Record<ExerciseKind, string> = {
  predict: 'Predict',
  diagnose: 'Diagnose',
  fix: 'Fix',
  secure: 'Secure',
};

/** What the trainee does in each kind, in one line. */
export const KIND_TASKS: Record<ExerciseKind, string> = {
  predict: 'The run is paused before a hop: say what happens next, then watch it happen.',
  diagnose: 'A run failed with the error below: choose its cause.',
  fix: 'Edit the scenario until the pod lists its buckets, without letting anyone else in.',
  secure: 'Tighten the trust policy: the intended pod keeps working, every other pod is refused.',
};

export const STATE_LABELS: Record<ExerciseState, string> = {
  new: 'New',
  started: 'Started',
  solved: 'Solved',
};

export function groupLabel(exercise: Exercise): string {
  return EXERCISE_GROUPS.find((g) => g.id === exercise.group)?.label ?? exercise.group;
}

export function exerciseById(id: string | null): Exercise | undefined {
  return EXERCISES.find((e) => e.id === id);
}
