/**
 * The exercises and their groups, for the training views: they read content through the machine
 * layer, as every view does. Imported directly (not through `machine/index.ts`), so the exercises
 * load with training and not with the page.
 */
export {
  EXERCISE_GROUPS,
  EXERCISES,
  type Attacker,
  type Cure,
  type DiagnoseExercise,
  type EditableField,
  type EditExercise,
  type Exercise,
  type ExerciseGroup,
  type ExerciseKind,
  type Prediction,
  type PredictExercise,
} from '../../content/exercises';
