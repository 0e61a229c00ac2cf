/**
 * `#/compare`: IRSA and EKS Pod Identity walked side by side. Every value a cell shows that comes
 * from a run is read from that run's world or step records, never written here; a value whose
 * step has not run says so. The few rows no run can show are documented facts with their source.
 */
import { ACTORS, type Flow } from '../content/steps';
import { formatHttpResponse, type HttpResponse, type Pod, type ProjectedToken } from '../sim';
import type { IamAccount } from '../sim/iam/types';
import type { PodIdentityRunRecord } from '../sim/pod-identity';
import type { IrsaSnapshot } from './selectors';
import { irsaRunOf, setupErrorOf, type WalkRun } from './types';

/** What the comparison reads of one walk: its flow and its run (a machine's context has both). */
export interface CompareSide {
  flow: Flow;
  run: WalkRun;
}

/** A cell: a value from the run or the documents, or why there is none yet. */
export type CompareValue =
  | { kind: 'value'; text: string }
  /** The step that produces it has not run; `step` is where it comes (0 = Setup). */
  | { kind: 'not-run'; step: number }
  /** The run stopped (failed) before the step that produces it. */
  | { kind: 'not-reached'; step: number; stoppedAt: number };

export interface DocLink {
  label: string;
  href: string;
}

export interface DifferenceRow {
  id: string;
  label: string;
  irsa: CompareValue;
  podIdentity: CompareValue;
  /** Where the values come from: the runs (in words), or the documents that say so. */
  source: { kind: 'run'; text: string } | { kind: 'docs'; links: DocLink[] };
}

/** What both flows' worlds have in common (IRSA's World and Pod Identity's world both fit). */
interface SharedWorld {
  scenario: { roleName: string };
  iam: IamAccount;
  kubernetes: { pod: Pod; token: ProjectedToken | null };
}

const worldOf = (side: CompareSide) => side.run.world as SharedWorld | null;

/** Where the run stopped on a failure (0 = Setup), or null while it can go on. */
function stoppedAt(side: CompareSide): number | null {
  if (setupErrorOf(side.run) !== null) return 0;
  const failed = side.flow.steps.findIndex((s) => side.run.steps[s.id]?.ok === false);
  return failed === -1 ? null : failed + 1;
}

/** A value produced at `step` (0 = Setup), read with `read` once that step has run. */
function fromRun<T>(
  side: CompareSide,
  step: number,
  ready: T | null | undefined,
  read: (value: T) => string,
): CompareValue {
  if (ready !== null && ready !== undefined) return { kind: 'value', text: read(ready) };
  const stop = stoppedAt(side);
  return stop !== null && stop < step
    ? { kind: 'not-reached', step, stoppedAt: stop }
    : { kind: 'not-run', step };
}

/**
 * The step that verifies the token's signature, and who really does it: IRSA's six-step story
 * draws it at IAM, but STS verifies the token itself (its "real mechanics" drawing says so).
 */
function verifierOf(flow: Flow): string {
  const index = flow.steps.findIndex((s) =>
    /verifies the token/i.test(s.real?.work ?? s.story.work),
  );
  if (index === -1) return 'no step verifies a token';
  const { story, real } = flow.steps[index]!;
  const actor = real?.workAt ?? story.workAt;
  const drawn =
    actor === story.workAt ? '' : `; the six-step story draws it at ${ACTORS[story.workAt].name}`;
  return `${ACTORS[actor].name} (step ${index + 1}${drawn})`;
}

interface TrustStatement {
  principals: string[];
  actions: string[];
  conditions: string[];
}

// Policy elements are a string or a list of strings; anything else is not a name to show.
const list = (value: unknown): string[] =>
  [value ?? []].flat().filter((v): v is string => typeof v === 'string');

/** The Allow statements of the run's role trust policy; null when the document does not parse. */
function trustOf(world: SharedWorld): TrustStatement[] | null {
  const role = world.iam.roles.find((r) => r.RoleName === world.scenario.roleName);
  if (!role) return [];
  try {
    const doc = JSON.parse(role.AssumeRolePolicyDocument) as { Statement?: unknown };
    const statements = [doc.Statement ?? []].flat() as Record<string, unknown>[];
    return statements
      .filter((s) => typeof s === 'object' && s !== null && s.Effect === 'Allow')
      .map((s) => ({
        // `"Principal": {"Federated": …}` or `{"Service": […]}`: said as "<type> <value>".
        principals:
          typeof s.Principal === 'object' && s.Principal !== null
            ? Object.entries(s.Principal).flatMap(([type, v]) => list(v).map((p) => `${type} ${p}`))
            : list(s.Principal),
        actions: list(s.Action),
        conditions: Object.entries((s.Condition ?? {}) as Record<string, object>).flatMap(
          ([operator, keys]) => Object.keys(keys).map((key) => `${operator} ${key}`),
        ),
      }));
  } catch {
    return null;
  }
}

function trustText(world: SharedWorld, pick: (s: TrustStatement) => string[]): string {
  const statements = trustOf(world);
  if (statements === null) return "The role's trust policy is not valid JSON in this run";
  const values = [...new Set(statements.flatMap(pick))];
  return values.length ? values.join('; ') : 'None';
}

/** The pod's `…TOKEN_FILE` variable: where each SDK is told to read its token. */
function tokenFileOf(world: SharedWorld): string {
  const env = world.kubernetes.pod.spec.containers.flatMap((c) => c.env ?? []);
  const file = env.find((e) => e.name.endsWith('TOKEN_FILE'));
  return file ? `${file.name}=${file.value}` : 'No token file variable in this pod';
}

const podIdentityRunOf = (side: CompareSide) =>
  side.flow.id === 'pod-identity' ? (side.run as unknown as PodIdentityRunRecord) : null;

/** Session tags on the role session: what each run's call to STS carried. */
function sessionTags(irsa: CompareSide, podIdentity: CompareSide): [CompareValue, CompareValue] {
  const irsaCall = irsaRunOf(irsa)?.steps['pod-to-sts'];
  const piCall = podIdentityRunOf(podIdentity)?.steps['eks-auth-to-sts'];
  return [
    // AssumeRoleWithWebIdentity has no Tags parameter: the request's own parameters show it.
    fromRun(irsa, 1, irsaCall, (step) =>
      step.request
        ? `None: AssumeRoleWithWebIdentity carried only ${step.params.map(([n]) => n).join(', ')}`
        : 'None: this run made no AssumeRoleWithWebIdentity call',
    ),
    fromRun(podIdentity, 4, piCall, (step) =>
      step.assumeRole
        ? step.assumeRole.tags.map((t) => `${t.key}=${t.value}`).join(', ')
        : 'None: EKS Auth made no AssumeRole call in this run',
    ),
  ];
}

// Facts no run can show, in docs/pod-identity.md's words ("IRSA and Pod Identity side by side"),
// with the pages they were checked against; the EKS User Guide's comparison table and its
// pod-identities page (benefits, restrictions) add the STS load and where each works.
const guide = (label: string, page: string): DocLink => ({
  label: `EKS User Guide: ${label}`,
  href: `https://docs.aws.amazon.com/eks/latest/userguide/${page}`,
});
const TARGET_ROLE = guide('pod-id-assign-target-role', 'pod-id-assign-target-role.html');
const COMPARE = guide(
  'Comparing EKS Pod Identity and IRSA',
  'service-accounts.html#service-accounts-iam-compare',
);
const BENEFITS = guide('benefits of EKS Pod Identities', 'pod-identities.html#pod-id-benefits');
const RESTRICTIONS = guide(
  'EKS Pod Identity restrictions',
  'pod-identities.html#pod-id-restrictions',
);
const STS_THROTTLING = {
  label: 'AWS re:Post: IAM and STS throttling',
  href: 'https://repost.aws/knowledge-center/iam-sts-throttling-error',
};

const fact = (id: string, label: string, irsa: string, pi: string, links: DocLink[]) => ({
  id,
  label,
  irsa: { kind: 'value', text: irsa } as const,
  podIdentity: { kind: 'value', text: pi } as const,
  source: { kind: 'docs', links } as const,
});

/** The table of differences, every run value read from the two runs as they stand. */
export function selectDifferences(irsa: CompareSide, podIdentity: CompareSide): DifferenceRow[] {
  // A row read from both worlds, which Setup produces.
  const fromWorlds = (
    id: string,
    label: string,
    text: string,
    read: (w: SharedWorld) => string,
  ) => ({
    id,
    label,
    irsa: fromRun(irsa, 0, worldOf(irsa), read),
    podIdentity: fromRun(podIdentity, 0, worldOf(podIdentity), read),
    source: { kind: 'run', text } as const,
  });
  const [irsaTags, piTags] = sessionTags(irsa, podIdentity);
  const trust = "Each run's role trust policy";
  return [
    {
      id: 'verifier',
      label: 'Who verifies the token',
      irsa: { kind: 'value', text: verifierOf(irsa.flow) },
      podIdentity: { kind: 'value', text: verifierOf(podIdentity.flow) },
      source: { kind: 'run', text: "Each flow's steps" },
    },
    fromWorlds('iam-per-cluster', 'What IAM needs per cluster', "Each run's IAM account", (w) =>
      w.iam.oidcProviders.length
        ? `An IAM OIDC provider: ${w.iam.oidcProviders.map((p) => p.Arn).join(', ')}`
        : "None: this run's IAM has no OIDC provider",
    ),
    fromWorlds('trust-principal', "The role's trust principal", trust, (w) =>
      trustText(w, (s) => s.principals),
    ),
    fromWorlds('trust-actions', 'Actions it trusts', trust, (w) => trustText(w, (s) => s.actions)),
    fromWorlds('trust-conditions', 'Trust conditions', trust, (w) =>
      trustText(w, (s) => s.conditions),
    ),
    fromWorlds('token-audience', "The token's audience", "Each run's token (Setup)", (w) =>
      w.kubernetes.token ? w.kubernetes.token.claims.aud.join(', ') : 'No token projected',
    ),
    fromWorlds('token-file', 'Token file', "Each run's pod environment (Setup)", tokenFileOf),
    {
      id: 'session-tags',
      label: 'Session tags',
      irsa: irsaTags,
      podIdentity: piTags,
      source: { kind: 'run', text: 'The call to STS: IRSA step 1, Pod Identity step 4' },
    },
    fact(
      'cross-account',
      'Role in another account',
      'Yes, with an IAM OIDC provider for the cluster in that account',
      "No: the association's role is in the cluster's account; a role elsewhere only through targetRoleArn, which EKS assumes from it",
      [TARGET_ROLE, COMPARE],
    ),
    fact(
      'sts-load',
      'Calls to STS',
      "Each pod's SDK calls AssumeRoleWithWebIdentity itself: every call counts toward your account's STS request rate",
      "EKS Auth assumes the role as pods.eks.amazonaws.com, not each pod's SDK; the agent hands the credentials to its node's pods, so the load is once per node",
      [BENEFITS, STS_THROTTLING],
    ),
    fact(
      'where',
      'Where it works',
      'Amazon EKS (Fargate too), EKS Anywhere, Red Hat OpenShift Service on AWS, self-managed Kubernetes on EC2',
      'Amazon EKS only, on Linux EC2 nodes running the agent: not Fargate, Windows, Outposts or EKS Anywhere',
      [COMPARE, RESTRICTIONS],
    ),
  ];
}

/** One artifact of each run, for the same names, side by side (exact text, selectable). */
export type ArtifactPair = Omit<DifferenceRow, 'source'>;

/** The step where the credentials reach the pod: the response whose receiver is the pod. */
function credentialsAnswer(side: CompareSide): CompareValue {
  const index = side.flow.steps.findIndex(
    (s) => s.story.to === 'pod' && s.story.kind === 'response',
  );
  const record = side.run.steps[side.flow.steps[index]?.id ?? ''] as
    | { response?: HttpResponse | null; errorResponse: HttpResponse | null; skipped?: string }
    | null
    | undefined;
  return fromRun(side, index + 1, record, (r) => {
    const answer = r.response ?? r.errorResponse;
    return answer ? formatHttpResponse(answer) : `No answer in this run. ${r.skipped ?? ''}`.trim();
  });
}

export function selectArtifacts(irsa: CompareSide, podIdentity: CompareSide): ArtifactPair[] {
  // The token the kubelet projected (Setup) and the pod sends (step 1): its claims as decoded.
  const claims = (side: CompareSide) =>
    fromRun(side, 0, worldOf(side), (w) => {
      if (!w.kubernetes.token) return 'No token projected in this run';
      const { aud, sub, iss } = w.kubernetes.token.claims;
      return JSON.stringify({ aud, sub, iss }, null, 2);
    });
  return [
    {
      id: 'token',
      label: 'token claims (aud, sub, iss)',
      irsa: claims(irsa),
      podIdentity: claims(podIdentity),
    },
    {
      id: 'credentials',
      label: 'the answer with the credentials',
      irsa: credentialsAnswer(irsa),
      podIdentity: credentialsAnswer(podIdentity),
    },
  ];
}

/** Each position with both flows' steps: who sends to whom, and the step's title. */
export function selectStepPairs(irsa: Flow, podIdentity: Flow) {
  const hop = (flow: Flow, i: number) => {
    const step = flow.steps[i];
    return step
      ? `${ACTORS[step.story.from].name} → ${ACTORS[step.story.to].name}: ${step.title}`
      : 'no such step';
  };
  const count = Math.max(irsa.steps.length, podIdentity.steps.length);
  return Array.from({ length: count }, (_, i) => ({
    position: i + 1,
    irsa: hop(irsa, i),
    podIdentity: hop(podIdentity, i),
  }));
}

/**
 * Lockstep: both walks aim at one position, the furthest either was asked for. A side that
 * stopped on a failure stays there (its machine decides); the other keeps going.
 */
export function selectLockstep(sides: (IrsaSnapshot | undefined)[]) {
  const ready = sides.filter((s): s is IrsaSnapshot => s !== undefined);
  const steps = Math.max(0, ...ready.map((s) => s.context.flow.steps.length));
  const target = Math.max(0, ...ready.map((s) => s.context.target));
  return {
    target,
    steps,
    canGoBack: ready.length > 0 && target > 0,
    canGoForward: target < steps && ready.some((s) => !s.hasTag('failed')),
  };
}
