import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { DETERMINISTIC_SETTINGS } from './environment';
import { irsaMachine } from './irsa-machine';
import { catalogueScenario } from './scenarios';
import { selectMessages, selectSequence } from './view-models';

async function runToEnd(id: string) {
  const actor = createActor(irsaMachine, {
    input: {
      settings: DETERMINISTIC_SETTINGS,
      scenario: catalogueScenario(id).scenario,
      target: 6,
    },
  }).start();
  return waitFor(actor, (s) => s.hasTag('done') || s.hasTag('failed'));
}

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
    expect(messages[4]).toMatchObject({ arrowLabel: 'node role (IMDS)' });
    expect(messages[5]).toMatchObject({ status: 'failed', errorCode: 'AccessDenied' });
  });
});
