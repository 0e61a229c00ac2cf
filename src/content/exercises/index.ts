/**
 * The exercises, in the order the list shows them, and their groups. One file per exercise.
 */
import { diagnoseNodeRole } from './diagnose-node-role';
import { fixSubNamespace } from './fix-sub-namespace';
import { predictWrongAudience } from './predict-wrong-audience';
import { secureNoSub } from './secure-no-sub';
import type { Exercise, ExerciseGroup } from './types';

export const EXERCISES: readonly Exercise[] = [
  predictWrongAudience,
  diagnoseNodeRole,
  fixSubNamespace,
  secureNoSub,
];

export const EXERCISE_GROUPS: { id: ExerciseGroup; label: string }[] = [
  { id: 'basics', label: 'Basics' },
  { id: 'troubleshooting', label: 'Troubleshooting' },
  { id: 'security', label: 'Security' },
  { id: 'pod-identity', label: 'Pod Identity' },
];

export type {
  Attacker,
  Cure,
  DiagnoseExercise,
  EditableField,
  EditExercise,
  Exercise,
  ExerciseGroup,
  ExerciseKind,
  Prediction,
  PredictExercise,
} from './types';
