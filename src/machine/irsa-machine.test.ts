import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import {
  DEFAULT_SCENARIO,
  deterministicEnvironment,
  withWiring,
  type IrsaStepId,
  type RunRecord,
  type Scenario,
  type Wiring,
} from '../sim';
import { runStep } from '../sim/engine';
import { DETERMINISTIC_SETTINGS } from './environment';
import { irsaMachine } from './irsa-machine';
import { irsaRunOf, type StepInput, type StepRecord } from './types';
import { selectPosition, selectStatusText, type IrsaSnapshot } from './selectors';

const settled = (s: IrsaSnapshot) => !s.hasTag('busy') && (s.hasTag('ready') || s.hasTag('failed'));

function start(options: { scenario?: Scenario; target?: number } = {}) {
  const actor = createActor(irsaMachine, {
    input: { settings: DETERMINISTIC_SETTINGS, ...options },
  });
  actor.start();
  return actor;
}

async function next(actor: ReturnType<typeof start>) {
  actor.send({ type: 'step.next' });
  return waitFor(actor, settled);
}

describe('irsa machine: happy path', () => {
  it('walks Setup → Step 6 of 6 one "Next step" at a time and ends done', async () => {
    const actor = start();
    let snap = await waitFor(actor, settled);
    expect(selectStatusText(snap)).toBe('Setup');
    const titles: string[] = [];
    for (let i = 1; i <= 6; i++) {
      snap = await next(actor);
      expect(selectPosition(snap)).toBe(i);
      titles.push(selectStatusText(snap));
    }
    expect(titles[0]).toBe('Step 1 of 6: The pod sends its token and role ARN to STS');
    expect(titles[5]).toBe('Step 6 of 6: The pod calls S3 with them');
    expect(snap.hasTag('done')).toBe(true);
    expect(snap.can({ type: 'step.next' })).toBe(false);
    expect(irsaRunOf(snap.context)!.steps['pod-to-s3']?.bucketNames).toEqual(
      DEFAULT_SCENARIO.bucketNames,
    );
  });

  it('going back shows the earlier step again without re-running its crypto', async () => {
    let calls = 0;
    const counting = irsaMachine.provide({
      actors: {
        runStep: fromPromise<StepRecord, StepInput>(async ({ input }) => {
          calls++;
          return runStep(
            input.step as IrsaStepId,
            input.run as unknown as RunRecord,
            deterministicEnvironment(),
          );
        }),
      },
    });
    const actor = createActor(counting, {
      input: { settings: DETERMINISTIC_SETTINGS, target: 3 },
    }).start();
    let snap = await waitFor(actor, (s) => selectPosition(s) === 3 && settled(s));
    expect(calls).toBe(3);
    const stepTwoRecord = irsaRunOf(snap.context)!.steps['sts-to-iam'];
    actor.send({ type: 'step.previous' });
    snap = await waitFor(actor, settled);
    expect(selectPosition(snap)).toBe(2);
    expect(irsaRunOf(snap.context)!.steps['sts-to-iam']).toBe(stepTwoRecord);
    snap = await next(actor);
    expect(selectPosition(snap)).toBe(3);
    expect(calls).toBe(3);
  });

  it('"step.goto" opens a deep-linked step, running the steps before it once', async () => {
    const actor = start({ target: 5 });
    let snap = await waitFor(actor, (s) => selectPosition(s) === 5 && settled(s));
    expect(irsaRunOf(snap.context)!.steps['sts-to-pod']?.credentials?.AccessKeyId).toMatch(
      /^ASIA[A-Z2-7]{16}$/,
    );
    actor.send({ type: 'step.goto', step: 1 });
    snap = await waitFor(actor, settled);
    expect(selectPosition(snap)).toBe(1);
    actor.send({ type: 'step.goto', step: 99 });
    snap = await waitFor(actor, (s) => selectPosition(s) === 6 && settled(s));
    expect(snap.hasTag('done')).toBe(true);
  });

  it('Restart begins a fresh run from Setup (deterministic settings repeat the same bytes)', async () => {
    const actor = start({ target: 6 });
    const first = await waitFor(actor, (s) => s.hasTag('done'));
    const token = irsaRunOf(first.context)!.world?.kubernetes.token?.compact;
    actor.send({ type: 'run.restart' });
    let snap = await waitFor(actor, settled);
    expect(selectPosition(snap)).toBe(0);
    expect(irsaRunOf(snap.context)!.steps['pod-to-sts']).toBeNull();
    expect(irsaRunOf(snap.context)!.world?.kubernetes.token?.compact).toBe(token);
    snap = await next(actor);
    expect(selectPosition(snap)).toBe(1);
  });

  it('fresh settings generate a new issuer key on Restart', async () => {
    const actor = createActor(irsaMachine, { input: {} }).start();
    const first = await waitFor(actor, settled);
    const kid = irsaRunOf(first.context)!.world?.issuer.keys.signing.kid;
    expect(irsaRunOf(first.context)!.world?.issuer.keys.origin).toBe('fresh');
    actor.send({ type: 'run.restart' });
    const second = await waitFor(
      actor,
      (s) => settled(s) && (irsaRunOf(s.context)!.world?.issuer.keys.signing.kid ?? kid) !== kid,
    );
    expect(irsaRunOf(second.context)!.world?.issuer.keys.signing.kid).toMatch(/^[0-9a-f]{40}$/);
  });
});

const wire = (w: Partial<Wiring>) => (s: Scenario) => withWiring(s, w);

const failures: [string, (s: Scenario) => Scenario, number, string, string][] = [
  [
    'malformed role ARN',
    wire({ roleArnAnnotation: 'arn:aws:iam::111122223333:s3-reader' }),
    1,
    'ValidationError',
    'Request ARN is invalid',
  ],
  [
    'no OIDC provider',
    wire({ oidcProviderRegistered: false }),
    2,
    'InvalidIdentityToken',
    'No OpenIDConnect provider found in your account for https://oidc.eks.us-west-2.amazonaws.com/id/5E1D2A3C4B6F7089A1B2C3D4E5F60718',
  ],
  [
    'wrong audience',
    wire({ tokenAudience: 'sts.amazon.com' }),
    3,
    'InvalidIdentityToken',
    'Incorrect token audience',
  ],
  [
    'expired token',
    wire({ tokenAgeSeconds: 86400 + 3600 }),
    3,
    'ExpiredTokenException',
    'Token expired: current date/time 1795867200 must be before the expiration date/time 1795863600',
  ],
  [
    'sub for another namespace',
    wire({ trustPolicy: trustPolicyFor('system:serviceaccount:other:my-service-account') }),
    4,
    'AccessDenied',
    'Not authorized to perform sts:AssumeRoleWithWebIdentity',
  ],
  [
    'duration above the role maximum, asked for by the AWS CLI',
    (s) => withWiring({ ...s, sessionDurationSeconds: 7200 }, { caller: 'aws-cli' }),
    5,
    'ValidationError',
    'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
  ],
  [
    'no s3:ListAllMyBuckets',
    wire({
      permissionPolicy:
        '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
    }),
    6,
    'AccessDenied',
    'User: arn:aws:sts::111122223333:assumed-role/s3-reader/botocore-session-1795867200 is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action',
  ],
];

function trustPolicyFor(sub: string): string {
  const host = 'oidc.eks.us-west-2.amazonaws.com/id/5E1D2A3C4B6F7089A1B2C3D4E5F60718';
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::111122223333:oidc-provider/${host}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { [`${host}:sub`]: sub, [`${host}:aud`]: 'sts.amazonaws.com' } },
      },
    ],
  });
}

describe('irsa machine: each failure stops at its hop', () => {
  it.each(failures)('%s fails at step %i', async (_name, change, step, awsCode, message) => {
    const actor = start({ scenario: change(DEFAULT_SCENARIO), target: 6 });
    const snap = await waitFor(actor, (s) => s.hasTag('failed'));
    expect(selectPosition(snap)).toBe(step);
    expect(selectStatusText(snap)).toContain(`Step ${step} of 6`);
    expect(selectStatusText(snap)).toContain(`failed: ${awsCode}: ${message}`);
    expect(snap.can({ type: 'step.next' })).toBe(false);
    expect(snap.can({ type: 'step.previous' })).toBe(true);
  });
});

it('an unexpected exception in a step is shown, not thrown', async () => {
  const broken = irsaMachine.provide({
    actors: { prepareWorld: fromPromise(() => Promise.reject(new Error('boom'))) },
  });
  const actor = createActor(broken, { input: { settings: DETERMINISTIC_SETTINGS } }).start();
  const snap = await waitFor(actor, (s) => s.hasTag('failed'));
  expect(selectStatusText(snap)).toBe('Setup failed: internal error: Error: boom');
});

describe('scenario.load', () => {
  it('runs the new scenario to the step the user was on, stopping at its failure', async () => {
    const actor = start({ target: 5 });
    await waitFor(actor, (s) => selectPosition(s) === 5 && settled(s));
    const broken = withWiring(DEFAULT_SCENARIO, { oidcProviderRegistered: false });
    actor.send({ type: 'scenario.load', scenario: broken });
    let snap = await waitFor(actor, (s) => s.hasTag('failed'));
    expect(selectPosition(snap)).toBe(2);
    actor.send({ type: 'scenario.load', scenario: DEFAULT_SCENARIO, target: 6 });
    snap = await waitFor(actor, (s) => s.hasTag('done'));
    expect(snap.context.scenario).toBe(DEFAULT_SCENARIO);
  });
});

describe('irsa machine: an invalid edit makes the run wait', () => {
  it('drops the previous run, refuses to step, and runs the next valid scenario to where the user was', async () => {
    const actor = start({ target: 4 });
    await waitFor(actor, (s) => selectPosition(s) === 4 && settled(s));
    actor.send({ type: 'scenario.invalid' });
    let snap = actor.getSnapshot();
    expect(snap.hasTag('waiting')).toBe(true);
    expect(irsaRunOf(snap.context)!.world).toBeNull();
    expect(selectPosition(snap)).toBe(0);
    expect(selectStatusText(snap)).toMatch(/^The run waits/);
    expect(snap.can({ type: 'step.next' })).toBe(false);
    actor.send({ type: 'step.next' });
    actor.send({ type: 'run.restart' });
    expect(actor.getSnapshot().hasTag('waiting')).toBe(true);
    actor.send({ type: 'step.goto', step: 5 });
    actor.send({ type: 'scenario.load', scenario: DEFAULT_SCENARIO });
    snap = await waitFor(actor, (s) => selectPosition(s) === 5 && settled(s));
    expect(snap.hasTag('waiting')).toBe(false);
    expect(irsaRunOf(snap.context)!.steps['sts-to-pod']?.ok).toBe(true);
  });
});
