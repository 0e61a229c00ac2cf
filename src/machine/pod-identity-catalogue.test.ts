/*
 * Runs every Pod Identity catalogue entry to the hop it names, with AWS's exact code and message,
 * then applies its fix (as catalogue.test.ts does for IRSA).
 */
import { describe, expect, it } from 'vitest';
import { deterministicEnvironment } from '../sim/deterministic';
import {
  applyPodIdentityChanges,
  fillPodIdentityPlaceholders,
  podIdentityOutcome,
  podIdentityPlaceholderValues,
  podIdentityScenarioFor,
  POD_IDENTITY_STEPS,
  runAllPodIdentity,
  type PodIdentityRunRecord,
} from '../sim/pod-identity';
import {
  POD_IDENTITY_CATALOGUE,
  POD_IDENTITY_CATALOGUE_GROUPS,
} from '../content/pod-identity-scenarios';

function values(run: PodIdentityRunRecord) {
  return podIdentityPlaceholderValues(run.world.scenario, {
    sessionArn: run.steps['eks-auth-to-sts']?.assumedRoleArn ?? null,
  });
}

describe('Pod Identity catalogue', () => {
  it('has unique ids, short causes, verify commands, and a fix for every failure', () => {
    expect(new Set(POD_IDENTITY_CATALOGUE.map((e) => e.id)).size).toBe(
      POD_IDENTITY_CATALOGUE.length,
    );
    const grouped = POD_IDENTITY_CATALOGUE_GROUPS.flatMap((g) => g.entries.map((e) => e.id));
    expect(grouped).toEqual(POD_IDENTITY_CATALOGUE.map((e) => e.id));
    for (const e of POD_IDENTITY_CATALOGUE) {
      expect(e.cause.split(/(?<=[.)])\s+(?=[A-Z(])/).length, e.id).toBeLessThanOrEqual(3);
      expect(e.verify.length, e.id).toBeGreaterThan(0);
      if (e.expected.awsCode) expect(e.fix, e.id).not.toBeNull();
    }
  });

  it.each(POD_IDENTITY_CATALOGUE.map((e) => [e.id, e] as const))(
    '%s ends at its hop with the code and message users see',
    async (_id, entry) => {
      const run = await runAllPodIdentity(
        podIdentityScenarioFor(entry.changes),
        deterministicEnvironment(),
      );
      const outcome = podIdentityOutcome(run);
      const fill = (text: string) => fillPodIdentityPlaceholders(text, values(run));
      expect(outcome.step).toBe(entry.expected.step);
      if (entry.expected.awsCode === null) {
        expect(outcome.ok).toBe(true);
        expect(run.steps['pod-to-s3']?.bucketNames).toEqual(run.world.scenario.bucketNames);
        return;
      }
      expect(outcome.ok).toBe(false);
      expect(outcome.error?.awsCode).toBe(entry.expected.awsCode);
      expect(outcome.error?.message).toBe(fill(entry.expected.message ?? ''));
      expect(outcome.error?.source?.url).toMatch(/^https:\/\//);
      if (entry.expected.step === 0) {
        expect(run.world.eks.createAssociation?.response.body).toContain(outcome.error?.message);
        return;
      }
      const record = POD_IDENTITY_STEPS.map((s) => run.steps[s.id]).find((s) => s && !s.ok);
      if (outcome.error?.hop === 'in-pod') expect(record?.errorResponse).toBeNull();
      else expect(record?.errorResponse?.body).toContain(outcome.error?.message);
      if (entry.expected.seenInPodStartsWith) {
        expect(record?.seenInPod?.startsWith(entry.expected.seenInPodStartsWith)).toBe(true);
        expect(record?.seenInPod).toContain(
          `(${entry.expected.awsCode}): ${outcome.error?.message}, fault: client`,
        );
      }
    },
  );

  it.each(POD_IDENTITY_CATALOGUE.filter((e) => e.fix !== null).map((e) => [e.id, e] as const))(
    '"Apply the fix" of %s leads to a successful run',
    async (_id, entry) => {
      const fixed = applyPodIdentityChanges(
        podIdentityScenarioFor(entry.changes),
        entry.fix!.changes,
      );
      const run = await runAllPodIdentity(fixed, deterministicEnvironment());
      expect(podIdentityOutcome(run)).toMatchObject({ step: 6, ok: true });
      expect(run.steps['pod-to-s3']?.bucketNames).toEqual(fixed.bucketNames);
    },
  );

  it('the ABAC mismatch is decided by the principal tags, not by Pod Identity', async () => {
    const entry = POD_IDENTITY_CATALOGUE.find(
      (e) => e.id === 'pod-identity-abac-namespace-mismatch',
    )!;
    const run = await runAllPodIdentity(
      podIdentityScenarioFor(entry.changes),
      deterministicEnvironment(),
    );
    const s3 = run.steps['pod-to-s3']!;
    expect(s3.principalTags).toMatchObject({
      'allowed-namespace': 'default',
      'kubernetes-namespace': 'team-b',
    });
    expect(s3.resolvedPolicy).toContain('"aws:PrincipalTag/allowed-namespace": "team-b"');
  });
});
