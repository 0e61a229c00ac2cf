/**
 * A training exercise, as data (the way Learn Git Branching keeps its levels): where the run
 * starts, what the trainee is asked, hints, and the explanation shown with the solution. Answers
 * are never matched as strings: `machine/training/grade.ts` runs the engine on them.
 */
import type { Scenario } from '../../sim';
import type { ScenarioChanges } from '../scenarios/types';

export type ExerciseGroup = 'basics' | 'troubleshooting' | 'security' | 'pod-identity';
export type ExerciseKind = 'predict' | 'diagnose' | 'fix' | 'secure';

/** Where the run starts: a flow, one of its catalogue entries (null = its default), and, for
 * IRSA, changes on top (names, annotations, durations, policies). */
export interface ExerciseStart {
  flow: 'irsa' | 'pod-identity';
  entry: string | null;
  changes?: ScenarioChanges;
}

interface ExerciseBase {
  /** Stable: links (`#/train/<id>`), progress and tests use it. */
  id: string;
  group: ExerciseGroup;
  kind: ExerciseKind;
  title: string;
  /** The situation and the task, as the trainee reads it. */
  brief: string;
  start: ExerciseStart;
  /** Revealed one at a time, from a nudge to nearly the answer. */
  hints: string[];
  /** Shown with the solution: why, in terms of the error AWS answers with (its code first). */
  explanation: string;
}

/** What a prediction is about. The engine's run of the start scenario decides which is right. */
export type Prediction =
  /** The step whose hop refuses (1–6), or null: nothing refuses, the pod lists its buckets. */
  | { failsAt: number | null }
  /** The error code AWS (or the SDK) answers with, or null for success. */
  | { awsCode: string | null }
  /** The id of the check that fails first (e.g. `aud`, `sub`, `signature`). */
  | { failedCheck: string };

export interface PredictExercise extends ExerciseBase {
  kind: 'predict';
  /** The run stands here when the question is asked (0 = Setup); then it plays to the end. */
  pauseAt: number;
  question: string;
  /** Each choice says what it predicts and, when it is wrong, the misconception it shows. */
  choices: { label: string; predicts: Prediction; misconception: string }[];
}

/** A cure for a candidate cause: a catalogue entry's own fix, or changes (IRSA). */
export type Cure = { entryFix: string } | { changes: ScenarioChanges };

export interface DiagnoseExercise extends ExerciseBase {
  kind: 'diagnose';
  question: string;
  /**
   * Candidate causes, each with the change that would cure it. The cause is the choice whose
   * cure makes the run succeed: the engine runs every cure.
   */
  choices: { label: string; cure: Cure; misconception: string }[];
}

/** What the trainee may edit in a fix or secure exercise (the lab's fields). */
export type EditableField =
  | 'trustPolicy'
  | 'permissionPolicy'
  | 'namespace'
  | 'serviceAccountName'
  | 'roleArnAnnotation'
  | 'tokenAudience'
  | 'providerClientIds'
  | 'sessionDurationSeconds'
  | 'roleMaxSessionDurationSeconds';

/** Another pod that must be refused: the intended scenario with other names. */
export interface Attacker {
  label: string;
  names: Partial<Pick<Scenario, 'namespace' | 'serviceAccountName' | 'podName' | 'clusterOidcId'>>;
}

/**
 * Fix (the intended pod is refused: make it work) or secure (attackers get in too: keep the
 * intended pod working and refuse them). Either passes when the intended pod lists its buckets
 * and every attacker is refused, whatever edit got there.
 */
export interface EditExercise extends ExerciseBase {
  kind: 'fix' | 'secure';
  editable: EditableField[];
  attackers: Attacker[];
  /** The reference solution, as changes on top of the start. */
  solution: ScenarioChanges;
  /** For the content test: other edits that must pass, and edits that must fail. */
  alsoCorrect: ScenarioChanges[];
  wrong: ScenarioChanges[];
}

export type Exercise = PredictExercise | DiagnoseExercise | EditExercise;
