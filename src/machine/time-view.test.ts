import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { DETERMINISTIC_SETTINGS, type RunSettings } from './environment';
import { catalogueOf } from './flow-catalogue';
import { irsaMachine } from './irsa-machine';
import { podIdentityMachine } from './pod-identity';
import { describeMoment } from './time-moment';
import { kubeletRefreshAt, selectTimeView, type TimeView } from './time-view';

/** The deterministic clock, 2026-11-28T12:00:00Z: the run's time in every scenario below. */
const T = Date.parse('2026-11-28T12:00:00Z') / 1000;

async function walk(id: string, target = 6, settings: RunSettings = DETERMINISTIC_SETTINGS) {
  const actor = createActor(irsaMachine, {
    input: { settings, scenario: catalogueOf('irsa').choice(id, false).scenario, target },
  }).start();
  return waitFor(actor, (s) => s.hasTag('done') || s.hasTag('failed') || s.hasTag('ready'));
}

async function view(id: string, target = 6, settings?: RunSettings): Promise<TimeView> {
  const v = selectTimeView(await walk(id, target, settings));
  if (!v) throw new Error(`no time view for ${id}`);
  return v;
}

/** What the scrubber says about one subject at `at`. */
const said = (v: TimeView, at: number, subject: string) =>
  describeMoment(v, at).statements.find((s) => s.subject === subject);

describe('the time view of the happy path', () => {
  it('takes every time from the record: token, kubelet refresh, session, SDK refresh, call', async () => {
    const v = await view('happy-path');
    expect(v.runAt).toBe(T);
    expect(v.token).toEqual({
      iat: T,
      nbf: T,
      exp: T + 86400,
      lifetimeSeconds: 86400,
      kubeletRefreshAt: T + 69120,
      refreshRule: '80% of its lifetime',
      checkedBy: 'STS',
      stsAcceptsUntil: T + 86400 + 300,
      sentAt: T,
    });
    expect(v.session).toEqual({
      source: 'sts',
      issuedAt: T,
      expiration: T + 3600,
      durationSeconds: 3600,
      advisoryRefreshAt: T + 3600 - 900,
      mandatoryRefreshAt: T + 3600 - 600,
    });
    expect(v.call).toMatchObject({ at: T, what: 'S3 ListBuckets call', afterExpiry: false });
    expect(v.longTermKeys).toBe(false);
    expect(v.range.start).toBeLessThan(T);
    expect(v.range.end).toBeGreaterThan(T + 86700);
    expect((v.range.end - T) % 60).toBe(0);
  });

  it('lists the moments in time order, each in UTC, relative to the run, with its derivation', async () => {
    const v = await view('happy-path');
    expect(v.moments.map((m) => m.id)).toEqual([
      'token-issued',
      'token-sent',
      'session-issued',
      'call',
      'sdk-advisory-refresh',
      'sdk-mandatory-refresh',
      'session-expiry',
      'kubelet-refresh',
      'token-exp',
      'sts-skew-end',
    ]);
    const refresh = v.moments.find((m) => m.id === 'kubelet-refresh')!;
    expect(refresh).toMatchObject({
      track: 'token',
      utc: '2026-11-29 07:12:00 UTC',
      relative: '19 hours after the run',
      derivation: 'iat + 69,120 s: 80% of its 86,400 s',
    });
    expect(v.moments.find((m) => m.id === 'sdk-advisory-refresh')).toMatchObject({
      track: 'session',
      utc: '2026-11-28 12:45:00 UTC',
      derivation: 'Expiration − 900 s',
    });
  });

  it('shows the chain: environment keys found nothing, web identity answered, the rest not reached', async () => {
    const v = await view('happy-path');
    expect(v.chain?.map((l) => l.state)).toEqual([
      'nothing-found',
      'answered',
      'not-reached',
      'not-reached',
      'not-reached',
    ]);
    expect(v.chain?.[0]?.detail).toBe('no AWS_ACCESS_KEY_ID');
  });

  it('says, moment by moment, what holds for the token file, STS and the session', async () => {
    const v = await view('happy-path');
    expect(said(v, T, 'token-file')?.verdict).toBe('good');
    expect(said(v, T, 'session')?.text).toMatch(/valid for 60 more minutes; no refresh needed/);
    expect(said(v, T, 'call')?.text).toBe('The S3 ListBuckets call is made now.');
    expect(said(v, T + 2700, 'session')?.text).toMatch(/refreshes them at its next call/);
    expect(said(v, T + 3000, 'session')).toMatchObject({ verdict: 'caution' });
    expect(said(v, T + 3600, 'session')?.text).toMatch(/expired just now: AWS refuses them/);
    expect(said(v, T + 69119, 'token-file')?.text).toMatch(/file holds this token/);
    expect(said(v, T + 69120, 'token-file')?.text).toMatch(/new token into the file/);
    expect(said(v, T + 86399, 'sts')).toMatchObject({ verdict: 'good' });
    expect(said(v, T + 86400 + 299, 'sts')).toMatchObject({ verdict: 'caution' });
    expect(said(v, T + 86400 + 300, 'sts')?.text).toMatch(/refuse this token \(ExpiredToken/);
    expect(said(v, T - 60, 'sts')?.text).toMatch(/not valid before nbf/);
    expect(describeMoment(v, T + 7200).relative).toBe('2 hours after the run');
  });

  it('shows only what the walk has reached: at step 1 the token is sent, no session yet', async () => {
    const v = await view('happy-path', 1);
    expect(v.token?.sentAt).toBe(T);
    expect(v.session).toBeNull();
    expect(v.call).toBeNull();
  });
});

describe('the time view of catalogue scenarios', () => {
  it('expired-token: issued 25 hours before the run, refused 55 minutes past the window', async () => {
    const v = await view('expired-token');
    expect(v.token).toMatchObject({
      iat: T - 90000,
      kubeletRefreshAt: T - 90000 + 69120,
      exp: T - 3600,
      stsAcceptsUntil: T - 3300,
      sentAt: T,
    });
    // The walk stops at step 3: no session, no call.
    expect(v.session).toBeNull();
    expect(v.call).toBeNull();
    expect(said(v, T, 'sts')).toMatchObject({ verdict: 'bad' });
    expect(said(v, T, 'token-file')?.text).toMatch(/lives on only in copies \(expired 60 minutes/);
  });

  it('expired-token with the browser clock: the run time comes from iat and the token age', async () => {
    const fresh = { keys: 'demo', seed: 'demo', fixedTime: null } as const;
    const v = await view('expired-token', 6, fresh);
    expect(v.runAt).toBe(v.token!.iat + 90000);
    expect(v.token!.exp - v.token!.iat).toBe(86400);
  });

  it('token-within-clock-skew: three minutes past exp, STS still accepts it for two more', async () => {
    const v = await view('token-within-clock-skew');
    expect(v.token).toMatchObject({ iat: T - 86580, exp: T - 180, stsAcceptsUntil: T + 120 });
    expect(said(v, T, 'sts')).toMatchObject({ verdict: 'caution' });
    expect(said(v, T + 120, 'sts')).toMatchObject({ verdict: 'bad' });
    expect(v.session?.expiration).toBe(T + 3600);
  });

  it('session-credentials-not-refreshed: the S3 call comes 4000 s in, after Expiration', async () => {
    const v = await view('session-credentials-not-refreshed');
    expect(v.session).toMatchObject({ issuedAt: T, expiration: T + 3600 });
    expect(v.call).toEqual({
      at: T + 4000,
      what: 'S3 ListBuckets call',
      usedAfterSeconds: 4000,
      afterExpiry: true,
    });
    expect(v.moments.at(-4)?.id).toBe('call');
    expect(v.moments.find((m) => m.id === 'call')?.derivation).toBe('X-Amz-Date: issued + 4,000 s');
    expect(said(v, T + 4000, 'session')?.text).toMatch(/expired 6 minutes ago/);
    expect(said(v, T + 4000, 'call')).toEqual({
      subject: 'call',
      verdict: 'bad',
      text: 'The S3 ListBuckets call is made now, after the session expired.',
    });
    expect(said(v, T, 'call')?.text).toMatch(/comes in 66 minutes/);
    expect(v.range.end).toBeGreaterThan(T + 4000);
  });

  it('static-keys-in-environment: environment keys answer; no session, no expiry, token never sent', async () => {
    const v = await view('static-keys-in-environment');
    expect(v.chain?.map((l) => l.state)).toEqual([
      'answered',
      'not-reached',
      'not-reached',
      'not-reached',
      'not-reached',
    ]);
    expect(v.chain?.[0]?.detail).toMatch(/^AWS_ACCESS_KEY_ID=AKIA/);
    expect(v.longTermKeys).toBe(true);
    expect(v.session).toBeNull();
    expect(v.token?.sentAt).toBeNull();
    expect(v.moments.some((m) => m.id === 'token-sent')).toBe(false);
    expect(said(v, T, 'session')?.text).toMatch(/no Expiration/);
  });

  it('sdk-ignores-web-identity: every link is tried, IMDS answers with a six-hour session', async () => {
    const v = await view('sdk-ignores-web-identity');
    expect(v.chain?.map((l) => l.state)).toEqual([
      'nothing-found',
      'nothing-found',
      'nothing-found',
      'nothing-found',
      'answered',
    ]);
    expect(v.chain?.[1]?.detail).toMatch(/no web-identity provider/);
    expect(v.session).toMatchObject({
      source: 'imds',
      issuedAt: T,
      expiration: T + 6 * 3600,
      advisoryRefreshAt: T + 6 * 3600 - 900,
    });
    expect(v.token?.sentAt).toBeNull();
  });

  it("lists every link of botocore's chain, in order, whichever answered", async () => {
    const snap = await walk('static-keys-in-environment');
    const view = selectTimeView(snap)!;
    expect(view.chain?.map((l) => `${l.provider.split(' ')[0]} ${l.state}`)).toEqual([
      'Environment answered',
      'Web not-reached',
      'Shared not-reached',
      'Container not-reached',
      'Instance not-reached',
    ]);
  });
});

describe('parts a run does not have', () => {
  it("Pod Identity's run has its own: the token EKS Auth checks, the agent's 6-hour session, the container link", async () => {
    const { scenario } = catalogueOf('pod-identity').choice(null, false);
    const actor = createActor(podIdentityMachine, {
      input: { settings: DETERMINISTIC_SETTINGS, scenario, target: 6 },
    }).start();
    const snap = await waitFor(actor, (s) => s.hasTag('done'));
    actor.stop();
    const v = selectTimeView(snap)!;
    expect(v.token).toMatchObject({ checkedBy: 'EKS Auth', stsAcceptsUntil: null });
    expect(v.token!.exp - v.token!.iat).toBe(86400);
    expect(v.session).toMatchObject({ source: 'agent', durationSeconds: 21600 });
    expect(v.moments.map((m) => m.id)).not.toContain('sts-skew-end');
    expect(v.chain?.find((l) => l.state === 'answered')?.provider).toMatch(
      /^Container credentials/,
    );
    // Past exp EKS Auth refuses: no window is documented for it.
    expect(said(v, v.token!.exp + 60, 'sts')?.text).toMatch(/^EKS Auth would refuse this token/);
  });

  it('a webhook that never mutated the pod leaves no token', async () => {
    const v = await view('webhook-missed-pod');
    expect(v.token).toBeNull();
    expect(said(v, T, 'sts')).toBeUndefined();
  });

  it('the kubelet refreshes at 24 hours when 80% of the lifetime would be later', () => {
    expect(kubeletRefreshAt(0, 86400)).toBe(69120);
    expect(kubeletRefreshAt(0, 3600)).toBe(2880);
    expect(kubeletRefreshAt(0, 30 * 3600)).toBe(86400);
    expect(kubeletRefreshAt(0, 48 * 3600)).toBe(86400);
  });

  it('the same snapshot gives the same object, so views do not re-render for nothing', async () => {
    const snap = await walk('happy-path');
    expect(selectTimeView(snap)).toBe(selectTimeView(snap));
  });
});
