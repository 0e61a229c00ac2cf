/**
 * Pure selectors: snapshot → what the views show. Views ask these instead of re-deriving
 * the machine's rules.
 */
import type { SnapshotFrom } from 'xstate';
import { CHECK_NAMES } from '../content/diagram-checks';
import type { Flow, FlowStep, StepWords } from '../content/steps';
import type { Check, SimError } from '../sim';
import type { irsaMachine } from './irsa-machine';
import { irsaRunOf, recordOf, setupErrorOf, type StepRecord } from './types';

export type IrsaSnapshot = SnapshotFrom<typeof irsaMachine>;

export function selectFlow(snapshot: IrsaSnapshot): Flow {
  return snapshot.context.flow;
}

/** The step shown, read from the state's `meta`; null at Setup (and while waiting). */
export function selectStep(snapshot: IrsaSnapshot): FlowStep | null {
  const meta = snapshot.getMeta() as Record<string, { step?: string } | undefined>;
  const id = Object.values(meta).find((m) => m?.step !== undefined)?.step;
  return snapshot.context.flow.steps.find((s) => s.id === id) ?? null;
}

/** 0 = Setup, then the place of the step shown in its flow (what `#step=N` names). */
export function selectPosition(snapshot: IrsaSnapshot): number {
  if (snapshot.context.crash !== null) return snapshot.context.target;
  const step = selectStep(snapshot);
  return step ? snapshot.context.flow.steps.indexOf(step) + 1 : 0;
}

/** The words of the moment shown: Setup's, or the step's. */
export function selectStepContent(snapshot: IrsaSnapshot): StepWords {
  if (snapshot.context.crash !== null) {
    const position = snapshot.context.target;
    return position === 0
      ? snapshot.context.flow.setup
      : snapshot.context.flow.steps[position - 1]!;
  }
  return selectStep(snapshot) ?? snapshot.context.flow.setup;
}

/** The record of the step shown, once it has run. */
export function selectStepRecord(snapshot: IrsaSnapshot): StepRecord | null {
  const step = selectStep(snapshot);
  return step ? recordOf(snapshot.context.run, step.id) : null;
}

export function selectError(snapshot: IrsaSnapshot): SimError | null {
  if (!snapshot.hasTag('failed')) return null;
  return selectStepRecord(snapshot)?.error ?? setupErrorOf(snapshot.context.run);
}

// One list per record, so views re-render only when the record changes.
const checkCache = new WeakMap<StepRecord, Check[]>();

/**
 * Every check of the step shown, in order; when the step failed, the checks it would have made
 * next follow as not run (`status: 'not-run'`), never as passed.
 */
export function selectChecks(snapshot: IrsaSnapshot): Check[] {
  const record = selectStepRecord(snapshot);
  if (!record) return [];
  let checks = checkCache.get(record);
  if (!checks) {
    const ran = new Set(record.checks.map((c) => c.id));
    // A detour (another call than the usual one) has no plan of its own to show as not run.
    const stopped = !record.ok && !record.skipped && !record.detour;
    const notRun: Check[] = (stopped ? (selectStep(snapshot)?.plannedChecks ?? []) : [])
      .filter((id) => !ran.has(id))
      .map((id) => ({
        id,
        label: CHECK_NAMES[id] ?? id,
        passed: false,
        status: 'not-run',
        expected: '',
        actual: 'not run: the step stopped at the failure before it',
      }));
    checks = [...record.checks, ...notRun];
    checkCache.set(record, checks);
  }
  return checks;
}

/** "Setup" or "Step N of <steps>: <title>", with the outcome when it failed or while it runs. */
export function selectStatusText(snapshot: IrsaSnapshot): string {
  const position = selectPosition(snapshot);
  const head =
    position === 0
      ? 'Setup'
      : `Step ${position} of ${snapshot.context.flow.steps.length}: ${selectStepContent(snapshot).title}`;
  if (snapshot.hasTag('waiting'))
    return 'The run waits: an input is invalid. Fix the field marked in the Scenario panel.';
  if (snapshot.context.crash) return `${head} failed: internal error: ${snapshot.context.crash}`;
  const error = selectError(snapshot);
  if (error) return `${head} failed: ${error.awsCode}: ${error.message}`;
  if (snapshot.hasTag('busy')) return `${head} (working…)`;
  return head;
}

/**
 * How the walk stands, for colour and icons: `warning` is a run that succeeded although the trust
 * policy lets more than the intended service account in (an attack that works), never a plain
 * success.
 */
export type Outcome = 'waiting' | 'working' | 'in-progress' | 'failed' | 'succeeded' | 'warning';

/** The trust policy lets more than the intended service account in (a finding of step 4). */
export function selectTrustPolicyHole(snapshot: IrsaSnapshot): boolean {
  const findings = irsaRunOf(snapshot.context)?.steps['iam-to-sts']?.findings ?? [];
  return findings.some((f) => f.severity === 'risk');
}

export function selectOutcome(snapshot: IrsaSnapshot): Outcome {
  if (snapshot.hasTag('waiting')) return 'waiting';
  if (snapshot.hasTag('failed')) return 'failed';
  if (snapshot.hasTag('busy')) return 'working';
  if (!snapshot.hasTag('done')) return 'in-progress';
  return selectTrustPolicyHole(snapshot) ? 'warning' : 'succeeded';
}

/** Whether Previous / Next can be pressed now: ask the machine. */
export function selectCanGoBack(snapshot: IrsaSnapshot): boolean {
  return snapshot.can({ type: 'step.previous' });
}
export function selectCanGoForward(snapshot: IrsaSnapshot): boolean {
  return snapshot.can({ type: 'step.next' });
}
export type { Artifact } from './artifacts';
