/**
 * The Time tab's words for one moment of a run: what holds then for the token file, the token
 * check, the session and step 6's call. Pure: the scrubber asks, the run is not touched.
 */
import { describeDuration, describeExpiry } from '../sim';
import { expiredForSts } from '../sim/sts/clock-skew';
import { relativeToRun, utcOf, type TimeView } from './time-view';

export type Verdict = 'good' | 'caution' | 'bad' | 'neutral';
export interface TimeStatement {
  subject: 'token-file' | 'sts' | 'session' | 'call';
  verdict: Verdict;
  text: string;
}
export interface MomentDescription {
  utc: string;
  relative: string;
  statements: TimeStatement[];
}

// The longer sentences, kept whole here so each reads as one thought.
const REFRESHED =
  'The kubelet has written a new token into the file; this one lives on only in copies';
const IN_SKEW =
  "STS would still accept this token: it is past exp, but inside STS's 5-minute window";
const REFUSED =
  'STS would refuse this token (ExpiredTokenException): more than 5 minutes past exp.';
const ADVISORY =
  'The SDK refreshes them at its next call; other threads go on with these meanwhile.';
const MANDATORY = 'Every call now waits until the SDK has new ones (10 minutes before Expiration).';
const EXPIRED = 'AWS refuses them (ExpiredToken). The SDK would have refreshed them in time.';

/** What holds at `at` (epoch seconds): the scrubber's words. Pure: the run is not touched. */
export function describeMoment(view: TimeView, at: number): MomentDescription {
  const now = new Date(at * 1000);
  const out: TimeStatement[] = [];
  const say = (subject: TimeStatement['subject'], verdict: Verdict, text: string) =>
    out.push({ subject, verdict, text });
  const { token, session, call } = view;
  if (token) {
    const left = describeExpiry(token.exp, now);
    if (at < token.iat) say('token-file', 'neutral', 'The kubelet has not issued this token yet.');
    else if (at < token.kubeletRefreshAt)
      say('token-file', 'good', `The token file holds this token (${left}).`);
    else say('token-file', 'good', `${REFRESHED} (${left}).`);
    const by = token.checkedBy;
    if (at < token.nbf) say('sts', 'bad', `${by} would refuse this token: not valid before nbf.`);
    else if (at < token.exp) say('sts', 'good', `${by} would accept this token: before exp.`);
    else if (token.stsAcceptsUntil === null)
      say('sts', 'bad', `${by} would refuse this token (ExpiredTokenException): past exp.`);
    else if (!expiredForSts(token.exp, at))
      say('sts', 'caution', `${IN_SKEW} (until ${utcOf(token.stsAcceptsUntil)}).`);
    else say('sts', 'bad', REFUSED);
    // A token nobody sent: what STS would say is still worth knowing, but say it was not asked.
    const sts = out.at(-1);
    if (sts && token.sentAt === null) sts.text += ' (The SDK never sent it in this run.)';
  }
  if (view.longTermKeys)
    say('session', 'neutral', 'Long-term IAM user keys: no Expiration, nothing to refresh.');
  if (session) {
    const left = describeExpiry(session.expiration, now);
    const creds = `The session credentials are ${left}`;
    if (at < session.issuedAt) say('session', 'neutral', 'No session credentials yet.');
    else if (at < session.advisoryRefreshAt)
      say('session', 'good', `${creds}; no refresh needed yet.`);
    else if (at < session.mandatoryRefreshAt) say('session', 'good', `${creds}. ${ADVISORY}`);
    else if (at < session.expiration) say('session', 'caution', `${creds}. ${MANDATORY}`);
    else say('session', 'bad', `The session credentials ${left}: ${EXPIRED}`);
  }
  if (call) {
    const gap = describeDuration(call.at - at);
    const when =
      at < call.at ? `comes in ${gap}` : at === call.at ? 'is made now' : `was made ${gap} ago`;
    const late = call.afterExpiry ? ', after the session expired' : '';
    say('call', call.afterExpiry ? 'bad' : 'neutral', `The ${call.what} ${when}${late}.`);
  }
  return { utc: utcOf(at), relative: relativeToRun(at, view.runAt), statements: out };
}
