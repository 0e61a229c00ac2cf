/**
 * The right answer of an exercise, computed by the engine as grading does: for a prediction, the
 * choices whose prediction the run of the start scenario bears out; for a diagnosis, the choices
 * whose cure makes the run succeed; for an edit, the reference solution's fields, filled with the
 * start scenario's names.
 */
import type {
  DiagnoseExercise,
  EditExercise,
  PredictExercise,
} from '../../machine/training/exercises';
import type { RunSettings, Scenario } from '../../machine';
import { diagnoseCures, gradePredict, startScenario } from '../../machine/training/grade';
import { changedFields } from './edit-fields';

export async function rightChoices(
  exercise: PredictExercise | DiagnoseExercise,
  settings: RunSettings,
): Promise<number[]> {
  if (exercise.kind === 'predict') return (await gradePredict(exercise, 0, settings)).right;
  const outcomes = await diagnoseCures(exercise, settings);
  return outcomes.flatMap((o, i) => (o.failedAt === null ? [i] : []));
}

/** The reference solution's changed fields, as the editors would show them. */
export function solutionFields(exercise: EditExercise) {
  return changedFields(startScenario(exercise) as Scenario, exercise.solution);
}
