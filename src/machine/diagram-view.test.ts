import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { DETERMINISTIC_SETTINGS } from './environment';
import { irsaMachine } from './irsa-machine';
import { catalogueOf } from './flow-catalogue';
import { selectActorWork, selectLanes, selectMessages, selectSequence } from './diagram-view';
import { selectChecks, selectPosition } from './selectors';

async function runToEnd(id: string) {
  const actor = createActor(irsaMachine, {
    input: {
      settings: DETERMINISTIC_SETTINGS,
      scenario: catalogueOf('irsa').choice(id, false).scenario,
      target: 6,
    },
  }).start();
  return waitFor(actor, (s) => s.hasTag('done') || s.hasTag('failed'));
}

describe('failures outside the story: inside the pod, and a chained AssumeRole', () => {
  it('a failure inside the pod is drawn at the pod: the token never sent, or sent with no answer', async () => {
    const unreadable = await runToEnd('token-file-unreadable');
    expect(selectMessages(unreadable)[0]).toMatchObject({ status: 'failed', chip: 'never sent' });
    expect(selectActorWork(unreadable)).toMatchObject({
      actor: 'pod',
      failure: { awsCode: 'PermissionError', check: 'token file' },
    });
    const timeout = await runToEnd('global-sts-private-cluster');
    expect(selectMessages(timeout)[0]!.chip).toBe('JWT + role ARN: no answer');
    expect(selectActorWork(timeout)?.items.map((i) => `${i.label} ${i.state}`)).toEqual([
      'token file passed',
      'endpoint failed',
    ]);
  });

  it('a tool that assumes its role again is drawn pod → STS at step 6, with only that call’s checks', async () => {
    const snap = await runToEnd('role-chains-to-itself');
    expect(selectMessages(snap)[5]).toMatchObject({ from: 'pod', to: 'sts', status: 'failed' });
    expect(selectActorWork(snap)?.items.map((i) => i.label)).toEqual(['same role', 'Principal']);
  });
});

describe('diagram messages and the sequence table', () => {
  it('list six passed messages at the end of a good run', async () => {
    const snap = await runToEnd('happy-path');
    expect(selectMessages(snap).map((m) => m.status)).toEqual([
      'passed',
      'passed',
      'passed',
      'passed',
      'passed',
      'current',
    ]);
    expect(selectSequence(snap).map((r) => `${r.from}→${r.to}: ${r.result}`)).toEqual([
      'Pod→STS: passed',
      'STS→IAM: passed',
      'IAM→OIDC provider: passed',
      'IAM→STS: passed',
      'STS→Pod: passed',
      'Pod→S3: passed',
    ]);
  });

  it('show the failure with its AWS code at its hop, and nothing after it', async () => {
    const snap = await runToEnd('provider-client-id-typo');
    const messages = selectMessages(snap);
    expect(messages[2]).toMatchObject({ status: 'failed', errorCode: 'InvalidIdentityToken' });
    expect(messages.slice(3).every((m) => m.status === 'pending')).toBe(true);
    expect(selectSequence(snap).at(-1)?.result).toBe('failed: InvalidIdentityToken');
  });

  it('mark STS steps skipped and credentials as coming from IMDS when the pod was never mutated', async () => {
    const snap = await runToEnd('pod-created-before-annotation');
    const messages = selectMessages(snap);
    expect(messages.slice(1, 4).map((m) => m.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(messages[4]).toMatchObject({ from: 'pod', to: 'imds', chip: 'node-role credentials' });
    expect(messages[5]).toMatchObject({ status: 'failed', errorCode: 'AccessDenied' });
  });
});

describe('the checks at the actor doing the step', () => {
  it('tick through the token checks at IAM in a good run', async () => {
    const actor = createActor(irsaMachine, {
      input: { settings: DETERMINISTIC_SETTINGS, target: 3 },
    }).start();
    const snap = await waitFor(actor, (s) => selectPosition(s) === 3 && s.hasTag('ready'));
    const work = selectActorWork(snap)!;
    expect(work).toMatchObject({ actor: 'iam', title: 'IAM verifies the token', failure: null });
    expect(work.items.map((i) => `${i.label}:${i.state}`)).toEqual([
      'discovery:passed',
      'alg:passed',
      'kid:passed',
      'signature:passed',
      'iss:passed',
      'aud:passed',
      'nbf:passed',
      'exp:passed',
    ]);
  });

  it('name the failing check with AWS code, and show the checks after it as not run', async () => {
    const snap = await runToEnd('provider-client-id-typo');
    const work = selectActorWork(snap)!;
    expect(work.failure).toEqual({ awsCode: 'InvalidIdentityToken', check: 'aud' });
    expect(work.items.slice(-3).map((i) => `${i.label}:${i.state}`)).toEqual([
      'aud:failed',
      'nbf:not-run',
      'exp:not-run',
    ]);
    // The inspector's list says the same: not run, never passed.
    const notRun = selectChecks(snap).filter((c) => c.status === 'not-run');
    expect(notRun.map((c) => [c.id, c.passed])).toEqual([
      ['nbf', false],
      ['exp', false],
    ]);
  });

  it('name trust-policy conditions by their key and flag a missing sub condition', async () => {
    const actor = createActor(irsaMachine, {
      input: {
        settings: DETERMINISTIC_SETTINGS,
        scenario: catalogueOf('irsa').choice('attack-no-sub-condition', false).scenario,
        target: 4,
      },
    }).start();
    const snap = await waitFor(actor, (s) => selectPosition(s) === 4 && s.hasTag('ready'));
    const labels = selectActorWork(snap)!.items.map((i) => `${i.label}:${i.state}`);
    expect(labels).toContain('aud:passed');
    expect(labels).not.toContain('sub:passed');
    expect(labels.at(-1)).toBe('no sub condition:warning');
  });

  it('show the real mechanics: STS fetches the keys and verifies, inside-AWS hops marked', async () => {
    const actor = createActor(irsaMachine, {
      input: { settings: DETERMINISTIC_SETTINGS, target: 3 },
    }).start();
    actor.send({ type: 'view.realMechanics', on: true });
    const snap = await waitFor(actor, (s) => selectPosition(s) === 3 && s.hasTag('ready'));
    const [, lookup, fetch, decision] = selectMessages(snap);
    expect(fetch).toMatchObject({ from: 'sts', to: 'oidc', workAt: 'sts', roundTrip: true });
    expect(lookup?.insideAws).toBe(true);
    expect(decision?.insideAws).toBe(true);
    expect(selectActorWork(snap)?.title).toBe('STS verifies the token (jose)');
    expect(selectLanes(snap)).toEqual(['pod', 'sts', 'iam', 'oidc', 's3']);
  });

  it('add an IMDS lane when the SDK falls back to the node role', async () => {
    const snap = await runToEnd('pod-created-before-annotation');
    expect(selectLanes(snap)).toEqual(['pod', 'imds', 'sts', 'iam', 'oidc', 's3']);
    expect(selectSequence(snap)[4]).toMatchObject({ from: 'Pod', to: 'IMDS' });
  });
});
