import { describe, expect, it } from 'vitest';
import { CATALOGUE, CATALOGUE_GROUPS } from '../content/scenarios';
import { deterministicEnvironment, IRSA_STEP_IDS, type RunRecord } from '../sim';
import { runAll } from '../sim/engine';
import { applyChanges, fillPlaceholders, placeholderValues, scenarioFor } from './scenarios';

/** Where a run stopped: the last step that has a record, and that record. */
function outcome(run: RunRecord) {
  const done = IRSA_STEP_IDS.filter((id) => run.steps[id] !== null);
  const last = run.steps[done[done.length - 1]!]!;
  return { step: done.length, record: last };
}

/** Ids issue 8 promises (deep links and docs point at them). */
const FIELD_FAILURE_IDS = [
  'trust-key-is-provider-arn',
  'trust-aud-instead-of-sub',
  'trust-two-clusters-one-statement',
  'cluster-recreated-old-oidc-id',
  'cross-account-no-provider',
  'jwks-unreachable',
  'webhook-missed-pod',
  'sdk-ignores-web-identity',
  'static-keys-in-environment',
  'global-sts-private-cluster',
  'session-credentials-not-refreshed',
  'role-chains-to-itself',
  's3-missing-session-token',
  'token-within-clock-skew',
];

describe('scenario catalogue', () => {
  it('has at least 32 entries with unique ids, causes, verify commands and fixes for failures', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(32);
    expect(new Set(CATALOGUE.map((e) => e.id)).size).toBe(CATALOGUE.length);
    for (const e of CATALOGUE) {
      expect(e.cause.split(/(?<=[.)])\s+(?=[A-Z(])/).length, e.id).toBeLessThanOrEqual(3);
      expect(e.verify.length, e.id).toBeGreaterThan(0);
      if (e.expected.awsCode) expect(e.fix, e.id).not.toBeNull();
    }
  });

  it('has the failures most reported in public issue trackers, under the ids docs link to', () => {
    const ids = new Set(CATALOGUE.map((e) => e.id));
    for (const id of FIELD_FAILURE_IDS) expect(ids, id).toContain(id);
  });

  it('lists every entry in exactly one picker group', () => {
    const grouped = CATALOGUE_GROUPS.flatMap((g) => g.entries.map((e) => e.id));
    expect(grouped).toEqual(CATALOGUE.map((e) => e.id));
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it.each(CATALOGUE.map((e) => [e.id, e] as const))(
    '%s ends at its hop with AWS’s code and message',
    async (_id, entry) => {
      const scenario = scenarioFor(entry.changes);
      const run = await runAll(scenario, deterministicEnvironment());
      const { step, record } = outcome(run);
      expect(step).toBe(entry.expected.step);
      if (entry.expected.awsCode === null) {
        expect(record.ok).toBe(true);
        expect(run.steps['pod-to-s3']?.bucketNames).toEqual(scenario.bucketNames);
      } else {
        expect(record.ok).toBe(false);
        expect(record.error?.awsCode).toBe(entry.expected.awsCode);
        expect(record.error?.message).toBe(
          fillPlaceholders(entry.expected.message ?? '', placeholderValues(scenario)),
        );
        // A failure inside the pod has the client's text and no AWS answer; the others have both.
        if (record.error?.hop === 'in-pod') expect(record.errorResponse).toBeNull();
        else expect(record.errorResponse?.body).toContain(record.error?.awsCode);
      }
    },
  );

  it.each(CATALOGUE.filter((e) => e.expected.awsCode !== null).map((e) => [e.id, e] as const))(
    '"Apply the fix" of %s leads to a successful run',
    async (_id, entry) => {
      const fixed = applyChanges(scenarioFor(entry.changes), entry.fix!.changes);
      const run = await runAll(fixed, deterministicEnvironment());
      expect(outcome(run)).toMatchObject({ step: 6, record: { ok: true } });
    },
  );

  it('the trust policy without a sub condition lets another service account in, and is flagged', async () => {
    const entry = CATALOGUE.find((e) => e.id === 'attack-no-sub-condition')!;
    const run = await runAll(scenarioFor(entry.changes), deterministicEnvironment());
    expect(run.steps['pod-to-s3']?.ok).toBe(true);
    expect(run.steps['iam-to-sts']?.findings.map((f) => f.message).join(' ')).toContain(
      'no condition on',
    );
    const fixed = await runAll(
      applyChanges(scenarioFor(entry.changes), entry.fix!.changes),
      deterministicEnvironment(),
    );
    expect(outcome(fixed)).toMatchObject({
      step: 4,
      record: { ok: false, error: { awsCode: 'AccessDenied' } },
    });
  });

  it('a correct setup has no trust-policy findings', async () => {
    const run = await runAll(scenarioFor({}), deterministicEnvironment());
    expect(run.steps['iam-to-sts']?.findings).toEqual([]);
  });
});
