/**
 * Selectors that shape a snapshot for the diagram, the sequence table and the inspector tabs.
 * Views render these; they never look into run records themselves.
 */
import { ACTORS, STEPS, type ActorId } from '../content/steps';
import { CHECKED_AT, CLAIM_EXPLANATIONS, HEADER_EXPLANATIONS } from '../content/claims';
import { STEP_SLOTS, type ConditionResult, type PolicyEvaluation } from '../sim';
import type { PlaybackSpeed } from './irsa-machine';
import { selectPosition, type IrsaSnapshot } from './selectors';

export type MessageStatus = 'pending' | 'running' | 'current' | 'passed' | 'skipped' | 'failed';

export interface DiagramMessage {
  step: number;
  from: ActorId;
  to: ActorId;
  carries: string;
  arrowLabel: string;
  /** Relative to the position: earlier steps are `passed` (shown quietly), the current one is `current`, `running` or `failed`. */
  status: MessageStatus;
  /** AWS's error code when this message failed, e.g. `InvalidIdentityToken`. */
  errorCode: string | null;
}

export function selectMessages(snapshot: IrsaSnapshot): DiagramMessage[] {
  const position = selectPosition(snapshot);
  return STEPS.slice(1).map((step) => {
    const record = snapshot.context.run[STEP_SLOTS[step.number - 1]!];
    let status: MessageStatus = 'pending';
    if (step.number <= position && record?.skipped) status = 'skipped';
    else if (step.number < position) status = 'passed';
    else if (step.number === position)
      status = !record ? 'running' : record.ok ? 'current' : 'failed';
    // Without IRSA the SDK got the node role's credentials from IMDS, not from STS: say so.
    const fromImds = record !== null && 'imdsRequest' in record && record.imdsRequest !== null;
    return {
      step: step.number,
      from: step.from!,
      to: step.to!,
      carries: fromImds ? 'node-role credentials from IMDS, not STS' : step.carries,
      arrowLabel: fromImds ? 'node role (IMDS)' : step.arrowLabel,
      status,
      errorCode: status === 'failed' ? (record?.error?.awsCode ?? null) : null,
    };
  });
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

export interface TokenField {
  name: string;
  /** JSON text of the value as in the decoded token. */
  value: string;
  explanation: string;
  /** This step checks this field. */
  checked: boolean;
}

export interface TokenView {
  compact: string;
  /** The three base64url segments: header, payload, signature. */
  segments: [string, string, string];
  header: TokenField[];
  claims: TokenField[];
}

export function selectTokenView(snapshot: IrsaSnapshot): TokenView | null {
  const token = snapshot.context.run.world?.kubernetes.token;
  if (!token) return null;
  const checked = CHECKED_AT[selectPosition(snapshot)] ?? { header: [], claims: [] };
  const [h = '', p = '', s = ''] = token.compact.split('.');
  const fields = (obj: object, explanations: Record<string, string>, names: string[]) =>
    Object.entries(obj).map(([name, value]) => ({
      name,
      value: JSON.stringify(value, null, 2),
      explanation: explanations[name] ?? '',
      checked: names.includes(name),
    }));
  return {
    compact: token.compact,
    segments: [h, p, s],
    header: fields(token.header, HEADER_EXPLANATIONS, checked.header),
    claims: fields(token.claims, CLAIM_EXPLANATIONS, checked.claims),
  };
}

export interface PolicyRow {
  statement: string;
  effect: string;
  operator: string;
  key: string;
  expected: string;
  actual: string;
  passed: boolean;
  explanation: string;
}

export interface PolicyView {
  title: string;
  policyText: string;
  decision: PolicyEvaluation['decision'] | null;
  /** Principal, Action and Resource matches, then each condition. */
  rows: PolicyRow[];
}

/** The trust policy (step 4) or the permission policy (step 6), condition by condition. */
export function selectPolicyView(snapshot: IrsaSnapshot): PolicyView | null {
  const position = selectPosition(snapshot);
  const { run } = snapshot.context;
  const role = run.world?.iam.roles[0];
  if (!role) return null;
  if (position === 4 && run.iamToSts) {
    return policyView(
      'Role trust policy',
      role.AssumeRolePolicyDocument,
      run.iamToSts.evaluation,
      'sts:AssumeRoleWithWebIdentity',
      run.stsToIam?.provider?.Arn ?? '',
    );
  }
  if (position === 6 && run.podToS3) {
    return policyView(
      'Role permission policy',
      role.PermissionPolicy,
      run.podToS3.evaluation,
      's3:ListAllMyBuckets',
      null,
    );
  }
  return null;
}

function policyView(
  title: string,
  policyText: string,
  evaluation: PolicyEvaluation | null,
  action: string,
  principal: string | null,
): PolicyView {
  const rows: PolicyRow[] = [];
  for (const s of evaluation?.statements ?? []) {
    const statement = s.sid ?? `Statement ${s.index + 1}`;
    const element = (operator: string, passed: boolean, actual: string): PolicyRow => ({
      statement,
      effect: s.effect,
      operator,
      key: '',
      expected: `listed in ${operator}`,
      actual,
      passed,
      explanation: '',
    });
    if (principal !== null) rows.push(element('Principal', s.principalMatched, principal));
    rows.push(element('Action', s.actionMatched, action));
    if (principal === null) rows.push(element('Resource', s.resourceMatched, 'arn:aws:s3:::*'));
    rows.push(
      ...s.conditions.map((c: ConditionResult) => ({
        statement,
        effect: s.effect,
        operator: c.operator,
        key: c.key,
        expected: c.expected.join(' or '),
        actual: c.actual === null ? '(absent)' : c.actual.join(', '),
        passed: c.passed,
        explanation: c.explanation,
      })),
    );
  }
  return { title, policyText, decision: evaluation?.decision ?? null, rows };
}

export const selectSpeed = (snapshot: IrsaSnapshot): PlaybackSpeed => snapshot.context.speed;
export const selectPlaying = (snapshot: IrsaSnapshot): boolean => snapshot.hasTag('playing');
export const selectBusy = (snapshot: IrsaSnapshot): boolean => snapshot.hasTag('busy');
export const selectFailed = (snapshot: IrsaSnapshot): boolean => snapshot.hasTag('failed');

/** The role's two policies as the lab's editors show them (generated ones come from the run). */
export function selectRolePolicies(
  snapshot: IrsaSnapshot,
): { trust: string; permission: string } | null {
  const role = snapshot.context.run.world?.iam.roles[0];
  return role ? { trust: role.AssumeRolePolicyDocument, permission: role.PermissionPolicy } : null;
}

/** Security findings about the trust policy, once step 4 has run. */
export function selectFindings(snapshot: IrsaSnapshot) {
  return snapshot.context.run.iamToSts?.findings ?? [];
}

export const selectScenario = (snapshot: IrsaSnapshot) => snapshot.context.scenario;
