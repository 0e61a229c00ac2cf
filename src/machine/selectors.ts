/**
 * Pure selectors: snapshot → what the views show. Views ask these instead of re-deriving
 * the machine's rules.
 */
import type { SnapshotFrom } from 'xstate';
import { CHECK_NAMES, PLANNED_CHECKS } from '../content/diagram-checks';
import { STEPS, type StepContent } from '../content/steps';
import type { Check, SimError } from '../sim';
import { LAST_STEP, type irsaMachine, type StepRecord } from './irsa-machine';
import { STEP_SLOTS } from '../sim';

export type IrsaSnapshot = SnapshotFrom<typeof irsaMachine>;

/** 0 = Setup, 1–6 = the step shown. */
export function selectPosition(snapshot: IrsaSnapshot): number {
  const walk = snapshot.value.walk;
  const key = typeof walk === 'string' ? walk : (Object.keys(walk)[0] ?? 'setup');
  if (key === 'crashed') return snapshot.context.target;
  const match = /^step(\d)$/.exec(key);
  return match ? Number(match[1]) : 0;
}

export function selectStepContent(snapshot: IrsaSnapshot): StepContent {
  return STEPS[selectPosition(snapshot)] ?? STEPS[0]!;
}

/** The record of the step shown, once it has run. */
export function selectStepRecord(snapshot: IrsaSnapshot): StepRecord | null {
  const position = selectPosition(snapshot);
  return position === 0 ? null : snapshot.context.run[STEP_SLOTS[position - 1]!];
}

export function selectError(snapshot: IrsaSnapshot): SimError | null {
  return snapshot.hasTag('failed') ? (selectStepRecord(snapshot)?.error ?? null) : null;
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
    const notRun: Check[] = (stopped ? (PLANNED_CHECKS[selectPosition(snapshot)] ?? []) : [])
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

/** "Setup" or "Step N of 6: <title>", with the outcome when it failed or while it runs. */
export function selectStatusText(snapshot: IrsaSnapshot): string {
  const position = selectPosition(snapshot);
  const head =
    position === 0
      ? 'Setup'
      : `Step ${position} of ${LAST_STEP}: ${selectStepContent(snapshot).title}`;
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
  return snapshot.context.run.iamToSts?.findings.some((f) => f.severity === 'risk') ?? false;
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
