/**
 * Selectors that shape a snapshot for the diagram, the sequence table and the inspector tabs.
 * Views render these; they never look into run records themselves.
 */
import { CHECKED_AT, CLAIM_EXPLANATIONS, HEADER_EXPLANATIONS } from '../content/claims';
import { describeEpoch, describeExpiry, type ConditionResult, type PolicyEvaluation } from '../sim';
import { irsaRunOf, irsaScenarioOf, type PlaybackSpeed } from './types';
import { selectStep, type IrsaSnapshot } from './selectors';

export interface TokenField {
  name: string;
  /** JSON text of the value as in the decoded token. */
  value: string;
  explanation: string;
  /** This step checks this field. */
  checked: boolean;
  /**
   * For `iat`, `nbf` and `exp`: the UTC date and time, and how far it is from the run's clock
   * (`now`, `27 hours ago`; for `exp` `valid for 24 more hours` or `expired 3 hours ago`).
   */
  time: { utc: string; relative: string } | null;
}

export interface TokenView {
  compact: string;
  /** The three base64url segments: header, payload, signature. */
  segments: [string, string, string];
  header: TokenField[];
  claims: TokenField[];
  /** The decoded header and payload as JSON text, for copying. */
  headerJson: string;
  claimsJson: string;
}

const TIME_CLAIMS = ['iat', 'nbf', 'exp'];

export function selectTokenView(snapshot: IrsaSnapshot): TokenView | null {
  const world = irsaRunOf(snapshot.context)?.world;
  const token = world?.kubernetes.token;
  if (!world || !token) return null;
  const checked = CHECKED_AT[selectStep(snapshot)?.id ?? 'setup'] ?? { header: [], claims: [] };
  const [h = '', p = '', s = ''] = token.compact.split('.');
  // The run's clock: fixed in deterministic mode; otherwise the moment the world was prepared,
  // which the kubelet stamped into iat (backdated by the scenario's token age).
  const { fixedTime } = snapshot.context.settings;
  const now = fixedTime
    ? new Date(fixedTime)
    : new Date((token.claims.iat + world.scenario.wiring.tokenAgeSeconds) * 1000);
  const timeOf = (name: string, value: unknown) => {
    if (!TIME_CLAIMS.includes(name) || typeof value !== 'number') return null;
    const { utc, relative } = describeEpoch(value, now);
    return { utc, relative: name === 'exp' ? describeExpiry(value, now) : relative };
  };
  // Nested parts explained under their own key (`kubernetes.io.node`) join their parent's line.
  const explain = (explanations: Record<string, string>, name: string, value: unknown) => {
    const nested =
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.keys(value).flatMap((key) => explanations[`${name}.${key}`] ?? [])
        : [];
    return [explanations[name] ?? '', ...nested].filter(Boolean).join(' ');
  };
  const fields = (obj: object, explanations: Record<string, string>, names: string[]) =>
    Object.entries(obj).map(([name, value]) => ({
      name,
      value: JSON.stringify(value, null, 2),
      explanation: explain(explanations, name, value),
      checked: names.includes(name),
      time: obj === token.claims ? timeOf(name, value) : null,
    }));
  return {
    compact: token.compact,
    segments: [h, p, s],
    header: fields(token.header, HEADER_EXPLANATIONS, checked.header),
    claims: fields(token.claims, CLAIM_EXPLANATIONS, checked.claims),
    headerJson: JSON.stringify(token.header, null, 2),
    claimsJson: JSON.stringify(token.claims, null, 2),
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

/** The trust policy (at the trust decision) or the permission policy (at S3), condition by condition. */
export function selectPolicyView(snapshot: IrsaSnapshot): PolicyView | null {
  const step = selectStep(snapshot)?.id;
  const run = irsaRunOf(snapshot.context);
  const role = run?.world?.iam.roles[0];
  if (!run || !role) return null;
  if (step === 'iam-to-sts' && run.steps['iam-to-sts']) {
    return policyView(
      'Role trust policy',
      role.AssumeRolePolicyDocument,
      run.steps['iam-to-sts'].evaluation,
      'sts:AssumeRoleWithWebIdentity',
      run.steps['sts-to-iam']?.provider?.Arn ?? '',
    );
  }
  if (step === 'pod-to-s3' && run.steps['pod-to-s3']) {
    return policyView(
      'Role permission policy',
      role.PermissionPolicy,
      run.steps['pod-to-s3'].evaluation,
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
  const role = irsaRunOf(snapshot.context)?.world?.iam.roles[0];
  return role ? { trust: role.AssumeRolePolicyDocument, permission: role.PermissionPolicy } : null;
}

/** Security findings about the trust policy, once step 4 has run. */
export function selectFindings(snapshot: IrsaSnapshot) {
  return irsaRunOf(snapshot.context)?.steps['iam-to-sts']?.findings ?? [];
}

/** IRSA's scenario (names and wiring) when the flow walked is IRSA: what the lab edits. */
export const selectScenario = (snapshot: IrsaSnapshot) => irsaScenarioOf(snapshot.context);

/** "Real mechanics" on: views show how AWS really does it rather than the six-step story. */
export const selectRealMechanics = (snapshot: IrsaSnapshot): boolean =>
  snapshot.context.realMechanics;
