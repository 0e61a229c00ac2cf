/**
 * The diagram's and the sequence table's view of a snapshot: each step's message as drawn (story
 * or real mechanics, IMDS when the SDK falls back), and the messages so far as table rows.
 */
import { CHECK_NAMES, POD_SIDE_CHECKS } from '../content/diagram-checks';
import {
  ACTORS,
  ASSUME_ROLE_AGAIN_DRAWING,
  IMDS_DRAWING,
  type ActorId,
  type StepDrawing,
} from '../content/steps';
import { sdkCredentialSource, type PolicyEvaluation } from '../sim';
import { irsaRunOf, recordOf } from './types';
import {
  selectChecks,
  selectPosition,
  selectTrustPolicyHole,
  type IrsaSnapshot,
} from './selectors';

export type MessageStatus = 'pending' | 'running' | 'current' | 'passed' | 'skipped' | 'failed';

export interface DiagramMessage extends Required<StepDrawing> {
  step: number;
  /** What the message carries, in words for tables and captions. */
  carries: string;
  /** Relative to the position: earlier steps are `passed` (shown quietly), the current one is `current`, `running` or `failed`. */
  status: MessageStatus;
  /** AWS's error code when this message failed, e.g. `InvalidIdentityToken`. */
  errorCode: string | null;
}

/** Whether this run's pod gets its credentials from IMDS (no web-identity variables), once known. */
export function selectUsesImds(snapshot: IrsaSnapshot): boolean {
  const world = irsaRunOf(snapshot.context)?.world;
  return world != null && sdkCredentialSource(world) === 'instance-metadata';
}

/** Each step's message as drawn: the story or the real mechanics, IMDS when the SDK falls back. */
export function selectMessages(snapshot: IrsaSnapshot): DiagramMessage[] {
  const position = selectPosition(snapshot);
  const real = snapshot.context.realMechanics;
  const imds = selectUsesImds(snapshot);
  const { run } = snapshot.context;
  const irsa = irsaRunOf(snapshot.context);
  const chained = irsa?.world?.scenario.wiring.toolAssumesRoleAgain === true;
  const { steps } = snapshot.context.flow;
  return steps.map((step, index) => {
    const number = index + 1;
    const record = recordOf(run, step.id);
    let status: MessageStatus = 'pending';
    if (number <= position && record?.skipped) status = 'skipped';
    else if (number < position) status = 'passed';
    else if (number === position) status = !record ? 'running' : record.ok ? 'current' : 'failed';
    // When the SDK fell back to the node role, IMDS hands out the credentials STS would have;
    // a tool that assumes its own role again calls STS where the pod would call S3.
    const fromImds = imds && step.id === 'sts-to-pod';
    const assumesAgain = chained && step.id === 'pod-to-s3';
    const drawing: StepDrawing = fromImds
      ? IMDS_DRAWING
      : assumesAgain
        ? ASSUME_ROLE_AGAIN_DRAWING
        : { ...step.story, ...(real ? step.real : {}) };
    // A step that carries a decision says how it went; a failure inside the pod says the request
    // never got an answer.
    const inPod = status === 'failed' && record?.error?.hop === 'in-pod';
    const sent = irsa?.steps['pod-to-sts']?.request != null;
    const chip = inPod
      ? sent
        ? `${drawing.chip}: no answer`
        : 'never sent'
      : status === 'failed' && step.failedChip
        ? step.failedChip
        : drawing.chip;
    return {
      roundTrip: false,
      insideAws: false,
      ...drawing,
      chip,
      step: number,
      carries: fromImds
        ? 'node-role credentials from IMDS, not STS'
        : assumesAgain
          ? 'sts:AssumeRole on the same role, not ListBuckets'
          : step.carries,
      status,
      errorCode: status === 'failed' ? (record?.error?.awsCode ?? null) : null,
    };
  });
}

/** One button of the step timeline: Setup, then each step of the flow. */
export interface TimelineEntry {
  /** What `step.goto` and `#step=N` take: 0 = Setup. */
  position: number;
  title: string;
  status: MessageStatus | 'setup';
  current: boolean;
}

/** Setup and the flow's steps, with how each stands: the timeline under the controls. */
export function selectTimeline(snapshot: IrsaSnapshot): TimelineEntry[] {
  const position = selectPosition(snapshot);
  const messages = selectMessages(snapshot);
  const { flow } = snapshot.context;
  return [
    { position: 0, title: flow.setup.title, status: 'setup', current: position === 0 },
    ...flow.steps.map((step, i) => ({
      position: i + 1,
      title: step.title,
      status: messages[i]?.status ?? 'pending',
      current: position === i + 1,
    })),
  ];
}

export interface SequenceRow {
  step: number;
  from: string;
  to: string;
  what: string;
  result: string;
}

/** Every message up to the position, as the accessible equivalent of the animation. */
export function selectSequence(snapshot: IrsaSnapshot): SequenceRow[] {
  return selectMessages(snapshot)
    .filter((m) => m.status !== 'pending' && m.status !== 'running')
    .map((m) => ({
      step: m.step,
      from: ACTORS[m.from].name,
      to: ACTORS[m.to].name,
      what: m.carries,
      result:
        m.status === 'failed'
          ? `failed: ${m.errorCode ?? 'error'}`
          : m.status === 'skipped'
            ? 'skipped'
            : 'passed',
    }));
}

export type WorkState = 'passed' | 'failed' | 'not-run' | 'warning';

export interface WorkItem {
  id: string;
  /** Short, as the diagram shows it: `kid`, `signature`, `sub`. */
  label: string;
  state: WorkState;
}

/** What the actor doing the current step's checks shows: each check as it passed, failed or did not run. */
export interface ActorWork {
  step: number;
  actor: ActorId;
  title: string;
  items: WorkItem[];
  /** AWS's code and the check that failed, when the step failed here. */
  failure: { awsCode: string; check: string } | null;
  /** Why the step did not happen in this run (e.g. the SDK never called STS). */
  skipped: string | null;
}

/** Lanes left to right: the flow's actors, with IMDS next to the pod when IRSA falls back to the node role. */
export function selectLanes(snapshot: IrsaSnapshot): ActorId[] {
  const [first, ...rest] = snapshot.context.flow.actors;
  return selectUsesImds(snapshot) ? [first!, 'imds', ...rest] : [first!, ...rest];
}

/** The checks of the step shown, at the actor that makes them; null at Setup and while running. */
export function selectActorWork(snapshot: IrsaSnapshot): ActorWork | null {
  const position = selectPosition(snapshot);
  const message = position > 0 ? selectMessages(snapshot)[position - 1] : undefined;
  const step = position > 0 ? snapshot.context.flow.steps[position - 1] : undefined;
  if (!message || !step) return null;
  const record = recordOf(snapshot.context.run, step.id);
  if (!record) return null;
  const evaluation =
    'evaluation' in record
      ? ((record as { evaluation: PolicyEvaluation | null }).evaluation ?? null)
      : null;
  // A failure inside the pod (unreadable token file, no route to STS) is the SDK's, at the pod.
  const inPod = record.error?.hop === 'in-pod';
  const items: WorkItem[] = selectChecks(snapshot)
    .filter((c) => POD_SIDE_CHECKS.has(c.id) === inPod)
    .map((c) => ({
      id: c.id,
      label: checkName(c.id, evaluation),
      state: c.status === 'not-run' ? 'not-run' : c.passed ? 'passed' : 'failed',
    }));
  // A trust policy that never looks at sub lets any service account in: say so where it is
  // evaluated, and again where the credentials it let out are used.
  const risky = selectTrustPolicyHole(snapshot);
  if (risky && step.id === 'iam-to-sts')
    items.push({ id: 'no-sub-condition', label: 'no sub condition', state: 'warning' });
  if (risky && step.id === 'pod-to-s3' && record.ok)
    items.push({ id: 'any-pod', label: 'any pod could do this', state: 'warning' });
  const failed = items.find((i) => i.state === 'failed');
  return {
    step: position,
    actor: inPod ? 'pod' : message.workAt,
    title: inPod ? 'The SDK prepares the call' : message.work,
    items: record.skipped ? [] : items,
    failure:
      !record.ok && record.error
        ? { awsCode: record.error.awsCode, check: failed?.label ?? 'request' }
        : null,
    skipped: record.skipped ?? null,
  };
}

/** `statement-0-condition-1` → the condition key's last part (`sub`, `aud`); `S2 Action` past one statement. */
function checkName(id: string, evaluation: PolicyEvaluation | null): string {
  const named = CHECK_NAMES[id];
  if (named) return named;
  // Pod Identity: the node role's statements, EKS Auth's two STS actions, what the SDK read.
  const node = /^node-permission-(\d+)$/.exec(id);
  if (node) return `node S${Number(node[1]) + 1}`;
  const action = /^sts:(\w+)-(decision|statement-(\d+))$/.exec(id);
  if (action)
    return action[3] === undefined ? action[1]! : `${action[1]} S${Number(action[3]) + 1}`;
  const read = /^sdk-reads-(.+)$/.exec(id);
  if (read) return `reads ${read[1]}`;
  const variables = /^permission-(\d+)-variables$/.exec(id);
  if (variables) return 'tag variables';
  const actionResource = /^permission-(\d+)-action-resource$/.exec(id);
  if (actionResource) return 'Action';
  const match =
    /^(statement|permission)-(\d+)-(principal|action|resource|condition)(?:-(\d+))?$/.exec(id);
  if (!match) return id;
  const statement = Number(match[2]);
  const prefix = (evaluation?.statements.length ?? 1) > 1 ? `S${statement + 1} ` : '';
  const element = match[3]!;
  if (element !== 'condition') return prefix + element[0]!.toUpperCase() + element.slice(1);
  const key = evaluation?.statements[statement]?.conditions[Number(match[4])]?.key ?? 'condition';
  return prefix + key.slice(key.lastIndexOf(':') + 1);
}
