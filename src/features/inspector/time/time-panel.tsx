import { useState } from 'react';
import { selectBusy, selectFailed } from '../../../machine';
import { describeMoment } from '../../../machine/time-moment';
import { selectTimeView, type TimeView } from '../../../machine/time-view';
import { IrsaActor } from '../../irsa-actor';
import { CredentialChain } from './credential-chain';
import { MomentScrubber } from './moment-scrubber';
import { TimeTrack, type Segment } from './time-track';

/** `24 h`, `1 h`, `10 min`: a track's span, short. */
const span = (seconds: number) =>
  seconds % 3600 === 0 ? `${seconds / 3600} h` : `${Math.round(seconds / 60)} min`;

// Solid fills, light and dark, told apart by the legend's words as well as by colour.
const FILL = {
  valid: 'bg-green-600 dark:bg-green-500',
  later: 'bg-green-300 dark:bg-green-800',
  window: 'bg-amber-400 dark:bg-amber-400',
  refused: 'bg-red-600 dark:bg-red-500',
};

const SESSION_TITLE = {
  sts: 'STS session',
  imds: 'Instance-role session (IMDS)',
  agent: 'Pod Identity session (from the agent)',
};

function tokenSegments(token: NonNullable<TimeView['token']>): Segment[] {
  return [
    { from: token.iat, to: token.kubeletRefreshAt, label: 'in the token file', colour: FILL.valid },
    {
      from: token.kubeletRefreshAt,
      to: token.exp,
      label: 'replaced in the file; copies still valid',
      colour: FILL.later,
    },
    ...(token.stsAcceptsUntil === null
      ? [
          {
            from: token.exp,
            to: Infinity,
            label: `${token.checkedBy} refuses it`,
            colour: FILL.refused,
          },
        ]
      : [
          {
            from: token.exp,
            to: token.stsAcceptsUntil,
            label: "STS's clock-skew window",
            colour: FILL.window,
          },
          {
            from: token.stsAcceptsUntil,
            to: Infinity,
            label: 'STS refuses it',
            colour: FILL.refused,
          },
        ]),
  ];
}

function sessionSegments(session: NonNullable<TimeView['session']>): Segment[] {
  return [
    { from: session.issuedAt, to: session.advisoryRefreshAt, label: 'valid', colour: FILL.valid },
    {
      from: session.advisoryRefreshAt,
      to: session.mandatoryRefreshAt,
      label: 'SDK refreshes at its next call',
      colour: FILL.later,
    },
    {
      from: session.mandatoryRefreshAt,
      to: session.expiration,
      label: 'calls wait for the refresh',
      colour: FILL.window,
    },
    { from: session.expiration, to: Infinity, label: 'expired', colour: FILL.refused },
  ];
}

const SOURCES = [
  {
    title: 'Kubernetes: projected token refresh',
    url: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#launch-a-pod-using-service-account-token-projection',
  },
  {
    title: 'botocore credentials.py (refresh timeouts)',
    url: 'https://github.com/boto/botocore/blob/develop/botocore/credentials.py',
  },
  {
    title: 'IAM: five minutes of clock skew',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc.html',
  },
];

/**
 * Time in the current run: what holds at a chosen moment, the token's and the session's time
 * lines at their own scales, and the SDK's credential chain. The moment chosen is this tab's
 * own state; a new run (another scenario, a restart) starts it again at the run's time.
 */
export function TimePanel() {
  const view = IrsaActor.useSelector(selectTimeView);
  const busy = IrsaActor.useSelector(selectBusy);
  const waiting = IrsaActor.useSelector((s) => s.hasTag('waiting'));
  const failed = IrsaActor.useSelector(selectFailed);
  const [chosen, setChosen] = useState<{ runId: number; at: number } | null>(null);
  if (!view) {
    if (waiting) return <p>Nothing to show: the run waits for a valid scenario.</p>;
    return <p>{busy ? 'Working…' : 'Nothing to show yet: the run has not started.'}</p>;
  }
  if (!view.token && !view.session && !view.call && !view.chain)
    return <p>This flow&rsquo;s time line is not drawn here yet.</p>;
  const { start, end } = view.range;
  const at = Math.min(end, Math.max(start, chosen?.runId === view.runId ? chosen.at : view.runAt));
  const move = (t: number) => setChosen({ runId: view.runId, at: t });
  const track = (name: 'token' | 'session') => view.moments.filter((m) => m.track === name);
  return (
    <>
      <h2 className="text-lg leading-snug font-bold">Time in this run</h2>
      <p className="text-sm leading-relaxed">
        Every time below comes from this run&rsquo;s record, in UTC. The run (the SDK asking for
        credentials) is at{' '}
        <span className="font-mono text-[13px]">{describeMoment(view, view.runAt).utc}</span>.
      </p>
      <MomentScrubber view={view} at={at} onMove={move} />
      {view.token ? (
        <TimeTrack
          title="Projected token"
          span={`lifetime ${span(view.token.lifetimeSeconds)}`}
          moments={track('token')}
          segments={tokenSegments(view.token)}
          at={at}
          onMove={move}
          pins={{
            'token-sent': view.token.checkedBy === 'STS' ? 'sent to STS' : 'sent to the agent',
          }}
        />
      ) : (
        <p className="text-sm">
          This run has no web-identity token: the pod-identity webhook did not mount one.
        </p>
      )}
      {view.session ? (
        <TimeTrack
          title={SESSION_TITLE[view.session.source]}
          span={`${span(view.session.durationSeconds)} session`}
          moments={track('session')}
          segments={sessionSegments(view.session)}
          at={at}
          onMove={move}
          flags={view.call?.afterExpiry ? { call: 'after Expiration' } : {}}
          pins={{ call: view.call?.what.replace(/ call$/, '') ?? '' }}
        />
      ) : view.longTermKeys ? (
        // Nothing to draw: long-term keys have no session and no expiry, only the call's moment.
        <p className="text-sm" data-moment="call">
          No session: the SDK signs with an IAM user&rsquo;s long-term keys, which never expire.
          {view.call &&
            ` The ${view.call.what} is made at ${describeMoment(view, view.call.at).utc}.`}
        </p>
      ) : (
        <p className="text-sm">
          {failed
            ? 'No session credentials: the run stopped before step 5.'
            : 'No session credentials yet: they come in step 5.'}
        </p>
      )}
      {view.chain && <CredentialChain chain={view.chain} />}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Sources:{' '}
        {SOURCES.map((s, i) => (
          <span key={s.url}>
            {i > 0 && '; '}
            <a
              href={s.url}
              target="_blank"
              rel="noreferrer noopener"
              className="font-semibold underline underline-offset-2 wrap-anywhere"
            >
              {s.title}
            </a>
          </span>
        ))}
        .
      </p>
    </>
  );
}
