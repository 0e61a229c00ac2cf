/**
 * The Time tab's view of a run, from the run record's own numbers: the projected token (issued,
 * refreshed by the kubelet, `exp`, STS's clock-skew window), the session (issued, the SDK's
 * refresh windows, `Expiration`), the moment of step 6's call, and the SDK's credential chain.
 * A part the run does not have (no web-identity token, no session, a step not reached yet) is
 * null. The facts and their sources: docs/aws-facts.md, the "Time" sections.
 */
import { describeDuration, describeEpoch, type IrsaStepId } from '../sim';
import type { PodIdentityRunRecord } from '../sim/pod-identity';
import { credentialChainForPod, credentialChainLinks } from '../sim/kubernetes/credential-source';
import { chainOf, type ChainLinkView } from './credential-chain-view';
import { EXP_CLOCK_SKEW_SECONDS } from '../sim/sts/clock-skew';
import { selectPosition, type IrsaSnapshot } from './selectors';
import { irsaRunOf } from './types';

/** kubelet, pkg/kubelet/token/token_manager.go (`maxTTL`): a token older than 24 h is refreshed. */
export const KUBELET_MAX_TOKEN_AGE_SECONDS = 24 * 3600;
/** botocore RefreshableCredentials, inherited by DeferredRefreshableCredentials (web identity). */
export const SDK_ADVISORY_REFRESH_SECONDS = 15 * 60;
export const SDK_MANDATORY_REFRESH_SECONDS = 10 * 60;

/** What happens at each moment. */
export const MOMENT_LABELS = {
  'token-issued': 'Kubelet issues the token (iat)',
  'kubelet-refresh': 'Kubelet refreshes the token file',
  'token-sent': 'The SDK sends the token to STS (the run)',
  'token-exp': 'The token expires (exp)',
  'sts-skew-end': "STS's 5-minute clock-skew window ends",
  'session-issued': 'The session credentials are issued',
  'sdk-advisory-refresh': 'The SDK starts refreshing (advisory)',
  'sdk-mandatory-refresh': 'The SDK holds calls until refreshed (mandatory)',
  'session-expiry': 'The session expires (Expiration)',
  call: 'The call of step 6',
};
export type MomentId = keyof typeof MOMENT_LABELS;

/** One instant (epoch seconds) on a track, with how its number comes out of the record. */
export interface TimeMoment {
  id: MomentId;
  track: 'token' | 'session';
  at: number;
  label: string;
  /** e.g. `iat + 69,120 s: 80% of its 86,400 s lifetime`. */
  derivation: string;
  /** `2026-11-28 12:00:00 UTC` */
  utc: string;
  /** `at the run`, `19 hours after the run`. */
  relative: string;
}

export interface TokenTimes {
  iat: number;
  nbf: number;
  exp: number;
  lifetimeSeconds: number;
  kubeletRefreshAt: number;
  /** The kubelet's rule that comes first for this lifetime. */
  refreshRule: '80% of its lifetime' | '24 hours';
  /** Who checks the token's exp: STS (IRSA) or EKS Auth (Pod Identity). */
  checkedBy: 'STS' | 'EKS Auth';
  /** exp + 300 s: STS takes the token while now is before this; null where no window is documented. */
  stsAcceptsUntil: number | null;
  /** When the SDK sent it; null when it never did (its chain ended elsewhere). */
  sentAt: number | null;
}

export interface SessionTimes {
  source: 'sts' | 'imds' | 'agent';
  issuedAt: number;
  expiration: number;
  durationSeconds: number;
  advisoryRefreshAt: number;
  mandatoryRefreshAt: number;
}

export interface CallTime {
  at: number;
  /** `S3 ListBuckets call`, or the call a tool made instead. */
  what: string;
  usedAfterSeconds: number;
  afterExpiry: boolean;
}

export interface TimeView {
  /** Changes when another run starts (a scenario, a restart), so views can reset their choice. */
  runId: number;
  /** The run's clock: when the SDK called STS (epoch seconds). */
  runAt: number;
  /** Where the scrubber goes: every moment, with room either side, whole minutes from runAt. */
  range: { start: number; end: number };
  token: TokenTimes | null;
  session: SessionTimes | null;
  /** The SDK signs with an IAM user's long-term keys: no session, no expiry. */
  longTermKeys: boolean;
  call: CallTime | null;
  moments: TimeMoment[];
  chain: ChainLinkView[] | null;
}

const n = (s: number) => s.toLocaleString('en-US');
export const utcOf = (at: number) => describeEpoch(at, new Date(at * 1000)).utc;
const epochOf = (text: string | null | undefined): number | null => {
  const ms = text ? Date.parse(text) : NaN;
  return Number.isNaN(ms) ? null : Math.floor(ms / 1000);
};
/** `20261128T130640Z` → epoch seconds. */
const amzEpoch = (v: string | undefined) =>
  epochOf(v?.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'));
const header = (headers: [string, string][] | undefined, name: string) =>
  headers?.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];

export function relativeToRun(at: number, runAt: number): string {
  const d = at - runAt;
  return d === 0 ? 'at the run' : `${describeDuration(d)} ${d > 0 ? 'after' : 'before'} the run`;
}

/** The kubelet refreshes at exp − 20% of the lifetime (integer, as in Go), or at iat + 24 h. */
export function kubeletRefreshAt(iat: number, exp: number): number {
  return Math.min(iat + KUBELET_MAX_TOKEN_AGE_SECONDS, exp - Math.floor(((exp - iat) * 20) / 100));
}

// One id per run (its world), one view per run record and position: views re-render only then.
const runIds = new WeakMap<object, number>();
let lastRunId = 0;
const cache = new WeakMap<object, Map<number, TimeView | null>>();

export function selectTimeView(snapshot: IrsaSnapshot): TimeView | null {
  const { run } = snapshot.context;
  const position = selectPosition(snapshot);
  const views = cache.get(run) ?? new Map<number, TimeView | null>();
  cache.set(run, views);
  if (!views.has(position)) views.set(position, build(snapshot, position));
  return views.get(position) ?? null;
}

function build(snapshot: IrsaSnapshot, position: number): TimeView | null {
  const { run: walked, flow, settings } = snapshot.context;
  if (!walked.world) return null;
  if (!runIds.has(walked.world)) runIds.set(walked.world, ++lastRunId);
  // IRSA's run, or Pod Identity's: the same token, session and call, from their own steps.
  const run = irsaRunOf(snapshot.context);
  const podIdentity =
    flow.id === 'pod-identity' ? (walked as unknown as PodIdentityRunRecord) : null;
  const world = run?.world ?? podIdentity?.world ?? null;
  // A record counts once the walk has shown its step: the tab tells the run so far.
  const reachedAt = (id: string) => {
    const at = flow.steps.findIndex((s) => s.id === id) + 1;
    return at > 0 && at <= position;
  };
  const reached = <K extends IrsaStepId>(id: K) =>
    reachedAt(id) ? (run?.steps[id] ?? null) : null;
  const reachedPi = <K extends keyof PodIdentityRunRecord['steps']>(id: K) =>
    reachedAt(id) ? (podIdentity?.steps[id] ?? null) : null;
  const claims = world?.kubernetes.token?.claims;
  const issued = reached('sts-to-pod') ?? reachedPi('agent-to-pod');
  const called = reached('pod-to-s3') ?? reachedPi('pod-to-s3');
  // The run's clock: fixed in deterministic mode; otherwise when the world was prepared, which
  // the kubelet stamped into iat (backdated by the scenario's token age), or STS's answer.
  const runAt =
    epochOf(settings.fixedTime) ??
    (claims && run?.world ? claims.iat + run.world.scenario.wiring.tokenAgeSeconds : null) ??
    epochOf(header(issued?.response?.headers, 'Date'));
  if (runAt === null) return null;

  let token: TokenTimes | null = null;
  if (claims) {
    const { iat, exp } = claims;
    const refresh = kubeletRefreshAt(iat, exp);
    const sent = reached('pod-to-sts')?.request ?? reachedPi('pod-to-agent')?.request;
    token = {
      iat,
      nbf: claims.nbf ?? iat,
      exp,
      lifetimeSeconds: exp - iat,
      kubeletRefreshAt: refresh,
      // 80% of a lifetime passes 24 h only beyond 30 h (at 30 h both rules meet).
      refreshRule: exp - iat > 30 * 3600 ? '24 hours' : '80% of its lifetime',
      checkedBy: podIdentity ? 'EKS Auth' : 'STS',
      // IAM documents STS's five minutes past exp; EKS Auth's tolerance is not documented.
      stsAcceptsUntil: podIdentity ? null : exp + EXP_CLOCK_SKEW_SECONDS,
      sentAt: sent ? runAt : null,
    };
  }

  const expiration = epochOf(issued?.credentials?.Expiration);
  let session: SessionTimes | null = null;
  if (issued && expiration !== null) {
    const imds = issued.imdsRequest !== null;
    const body = issued.response?.body ?? '';
    const stamp = imds
      ? /"LastUpdated": "([^"]+)"/.exec(body)?.[1]
      : header(issued.response?.headers, 'Date');
    const issuedAt = epochOf(stamp) ?? runAt;
    session = {
      source: podIdentity ? 'agent' : imds ? 'imds' : 'sts',
      issuedAt,
      expiration,
      durationSeconds: expiration - issuedAt,
      advisoryRefreshAt: expiration - SDK_ADVISORY_REFRESH_SECONDS,
      mandatoryRefreshAt: expiration - SDK_MANDATORY_REFRESH_SECONDS,
    };
  }
  const callAt = amzEpoch(header(called?.request.headers, 'X-Amz-Date'));
  const wiring = run?.world?.scenario.wiring;
  const call: CallTime | null =
    callAt === null
      ? null
      : {
          at: callAt,
          what: wiring?.toolAssumesRoleAgain ? 'sts:AssumeRole call' : 'S3 ListBuckets call',
          usedAfterSeconds: wiring?.credentialsUsedAfterSeconds ?? 0,
          afterExpiry: session !== null && callAt >= session.expiration,
        };

  const moments = momentsOf(token, session, call, runAt);
  const ats = [runAt, ...moments.map((m) => m.at)];
  // Room either side (4% of the span, at least 10 minutes), in whole minutes from the run.
  const pad = Math.max(600, Math.round((Math.max(...ats) - Math.min(...ats)) * 0.04));
  const range = {
    start: runAt - Math.ceil((runAt - Math.min(...ats) + pad) / 60) * 60,
    end: runAt + Math.ceil((Math.max(...ats) - runAt + pad) / 60) * 60,
  };
  const longTermKeys = issued?.credentials?.Expiration === '';
  // The chain as the pod's SDK walks it: IRSA's pod (and its SDK's age), or Pod Identity's pod.
  const chain = run?.world
    ? chainOf(credentialChainLinks(run.world))
    : podIdentity
      ? chainOf(credentialChainForPod(podIdentity.world.kubernetes.pod))
      : null;
  const runId = runIds.get(walked.world) ?? 0;
  return { runId, runAt, range, token, session, longTermKeys, call, moments, chain };
}

function momentsOf(
  token: TokenTimes | null,
  session: SessionTimes | null,
  call: CallTime | null,
  runAt: number,
): TimeMoment[] {
  const list: TimeMoment[] = [];
  const add = (id: MomentId, at: number, derivation: string, label = MOMENT_LABELS[id]) => {
    const track = /session|sdk|call/.test(id) ? 'session' : 'token';
    const [utc, relative] = [utcOf(at), relativeToRun(at, runAt)];
    list.push({ id, track, at, label, derivation, utc, relative });
  };
  if (token) {
    const { iat, exp, lifetimeSeconds: life, kubeletRefreshAt: refresh } = token;
    add('token-issued', iat, `iat = ${iat}`);
    const rule = token.refreshRule === '24 hours' ? '24 hours, sooner than 80% of' : '80% of';
    add('kubelet-refresh', refresh, `iat + ${n(refresh - iat)} s: ${rule} its ${n(life)} s`);
    if (token.sentAt !== null) {
      const to = token.checkedBy === 'STS' ? 'STS' : 'the Pod Identity Agent';
      const label = `The SDK sends the token to ${to} (the run)`;
      add('token-sent', token.sentAt, `iat + ${n(token.sentAt - iat)} s`, label);
    }
    add('token-exp', exp, `exp = ${exp} = iat + ${n(life)} s`);
    if (token.stsAcceptsUntil !== null)
      add('sts-skew-end', token.stsAcceptsUntil, `exp + ${EXP_CLOCK_SKEW_SECONDS} s`);
  }
  if (session) {
    const imds = session.source === 'imds';
    const who = { imds: 'IMDS hands out', sts: 'STS issues', agent: 'The agent hands out' };
    const label = `${who[session.source]} the session credentials`;
    add('session-issued', session.issuedAt, imds ? 'LastUpdated' : 'Date of the answer', label);
    const before = (s: number) => `Expiration − ${s} s`;
    add('sdk-advisory-refresh', session.advisoryRefreshAt, before(SDK_ADVISORY_REFRESH_SECONDS));
    add('sdk-mandatory-refresh', session.mandatoryRefreshAt, before(SDK_MANDATORY_REFRESH_SECONDS));
    add('session-expiry', session.expiration, `issued + ${n(session.durationSeconds)} s`);
  }
  if (call) {
    const gap = session ? `: issued + ${n(call.at - session.issuedAt)} s` : '';
    add('call', call.at, `X-Amz-Date${gap}`, `The ${call.what}`);
  }
  return list.sort((a, b) => a.at - b.at);
}
