/**
 * Grading by running the engine, never by matching strings: a prediction is right when the run
 * does what it predicts; a diagnosis is right when its cure makes the run succeed; an edit passes
 * when the intended pod lists its buckets and every attacker's pod is refused, whatever the edit.
 */
import type {
  Cure,
  DiagnoseExercise,
  EditExercise,
  Exercise,
  Prediction,
  PredictExercise,
} from '../../content/exercises/types';
import type { ScenarioChanges } from '../../content/scenarios/types';
import type { Scenario } from '../../sim';
import { catalogueOf } from '../flow-catalogue';
import { policyTextError, rolePolicies } from '../lab';
// Registers EKS Pod Identity's catalogue, which its exercises start from (catalogueOf).
import '../pod-identity';
import { applyChanges } from '../scenarios';
import type { RunSettings } from '../environment';
import type { FlowScenario } from '../types';
import { runToEnd, type RunOutcome } from './run-to-end';

/** The scenario an exercise starts from: its catalogue entry, with its changes (IRSA). */
export function startScenario(exercise: Exercise): FlowScenario {
  const { flow, entry, changes } = exercise.start;
  const base = catalogueOf(flow).choice(entry, false).scenario;
  return changes && flow === 'irsa' ? applyChanges(base as Scenario, changes) : base;
}

/** One pod's run in an edit exercise: the intended one must succeed, an attacker's must not. */
export interface PodResult {
  label: string;
  intended: boolean;
  outcome: RunOutcome;
  /** The pod ended as it should (intended: succeeded; attacker: refused). */
  asWanted: boolean;
}

export interface Grade {
  passed: boolean;
  /** Why, in words a trainee can act on: the misconception first when one is recognised. */
  feedback: string[];
  /** Edit exercises: every pod that was run. */
  pods: PodResult[];
}

/** "Step 4 refused: AccessDenied: …", or that every step passed. */
export function describeOutcome(outcome: RunOutcome): string {
  if (outcome.failedAt === null) return 'every step passed and S3 listed the buckets';
  const where = outcome.failedAt === 0 ? 'Setup was refused' : `step ${outcome.failedAt} refused`;
  return `${where}: ${outcome.awsCode ?? 'error'}${outcome.message ? `: ${outcome.message}` : ''}`;
}

const succeeded = (o: RunOutcome) => o.failedAt === null;

export function predictionHolds(prediction: Prediction, actual: RunOutcome): boolean {
  if ('failsAt' in prediction) return prediction.failsAt === actual.failedAt;
  if ('awsCode' in prediction) return prediction.awsCode === actual.awsCode;
  return prediction.failedCheck === actual.failedCheck;
}

export async function gradePredict(
  exercise: PredictExercise,
  choice: number,
  settings: RunSettings,
): Promise<Grade & { actual: RunOutcome; right: number[] }> {
  const actual = await runToEnd(exercise.start.flow, startScenario(exercise), settings);
  const right = exercise.choices.flatMap((c, i) =>
    predictionHolds(c.predicts, actual) ? [i] : [],
  );
  const passed = right.includes(choice);
  const what = `What the engine did: ${describeOutcome(actual)}.`;
  const misconception = exercise.choices[choice]?.misconception;
  return {
    passed,
    feedback: passed ? [what] : [misconception ?? '', what].filter(Boolean),
    pods: [],
    actual,
    right,
  };
}

/** The scenario with a candidate cause cured. */
function cured(exercise: Exercise, cure: Cure): FlowScenario {
  const start = startScenario(exercise);
  if ('entryFix' in cure)
    return catalogueOf(exercise.start.flow).withFix(start, cure.entryFix) ?? start;
  return applyChanges(start as Scenario, cure.changes);
}

/** Which choices' cures make the run succeed (the engine runs each one). */
export async function diagnoseCures(
  exercise: DiagnoseExercise,
  settings: RunSettings,
): Promise<RunOutcome[]> {
  return Promise.all(
    exercise.choices.map((c) => runToEnd(exercise.start.flow, cured(exercise, c.cure), settings)),
  );
}

export async function gradeDiagnose(
  exercise: DiagnoseExercise,
  choice: number,
  settings: RunSettings,
): Promise<Grade> {
  const picked = exercise.choices[choice];
  if (!picked) return { passed: false, feedback: ['Choose one of the causes.'], pods: [] };
  const outcome = await runToEnd(exercise.start.flow, cured(exercise, picked.cure), settings);
  if (succeeded(outcome))
    return {
      passed: true,
      feedback: ['With that cured, every step passes: that was the cause.'],
      pods: [],
    };
  return {
    passed: false,
    feedback: [picked.misconception, `With that changed, ${describeOutcome(outcome)}.`],
    pods: [],
  };
}

/**
 * The pods an edit is judged on: the intended one, then each attacker's, with the edit applied.
 * Every pod asks for the same role, so an attacker meets the intended pod's trust policy: one
 * generated from the names (trustPolicy null) is written out first, never regenerated from the
 * attacker's names (which would trust the attacker).
 */
export function podsFor(exercise: EditExercise, edit: ScenarioChanges) {
  const intended = applyChanges(startScenario(exercise) as Scenario, edit);
  const role = { ...intended.wiring, trustPolicy: rolePolicies(intended).trust };
  return [
    {
      label: `${intended.namespace}/${intended.serviceAccountName} (the intended pod)`,
      intended: true,
      scenario: intended,
    },
    ...exercise.attackers.map((a) => ({
      label: a.label,
      intended: false,
      scenario: { ...intended, ...a.names, wiring: role },
    })),
  ];
}

export async function gradeEdit(
  exercise: EditExercise,
  edit: ScenarioChanges,
  settings: RunSettings,
): Promise<Grade> {
  for (const field of ['trustPolicy', 'permissionPolicy'] as const) {
    const text = edit.wiring?.[field];
    const problem = typeof text === 'string' ? policyTextError(text) : null;
    if (problem)
      return {
        passed: false,
        feedback: [
          `The ${field === 'trustPolicy' ? 'trust' : 'permission'} policy is not valid: ${problem}`,
        ],
        pods: [],
      };
  }
  const pods: PodResult[] = await Promise.all(
    podsFor(exercise, edit).map(async (p) => {
      const outcome = await runToEnd('irsa', p.scenario, settings);
      return {
        label: p.label,
        intended: p.intended,
        outcome,
        asWanted: succeeded(outcome) === p.intended,
      };
    }),
  );
  const feedback: string[] = [];
  const mine = pods[0]!;
  if (!mine.asWanted) {
    feedback.push(
      ...mine.outcome.findings.filter((f) => f.severity === 'broken').map((f) => f.message),
    );
    feedback.push(`Your pod is still refused: ${describeOutcome(mine.outcome)}.`);
  }
  const intruders = pods.filter((p) => !p.intended && !p.asWanted);
  if (intruders.length > 0) {
    feedback.push(
      ...mine.outcome.findings.filter((f) => f.severity === 'risk').map((f) => f.message),
    );
    for (const p of intruders)
      feedback.push(`${p.label} gets credentials too: the role trusts more than the intended pod.`);
  }
  const passed = pods.every((p) => p.asWanted);
  if (passed) feedback.push('The intended pod lists its buckets, and every other pod is refused.');
  return { passed, feedback, pods };
}
