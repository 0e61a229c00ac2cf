/**
 * Run a flow's scenario from Setup to the last step, or to the step that refuses, with the
 * engine the walk uses (loaded on demand, as the machine loads it). What training grades on.
 */
import { IRSA_FLOW } from '../../content/flows/irsa';
import { POD_IDENTITY_FLOW } from '../../content/flows/pod-identity';
import type { Finding, StepOutcome } from '../../sim';
import { environmentFor, type RunSettings } from '../environment';
import { setupErrorOf, type FlowScenario, type WalkRun } from '../types';

const loadEngine = () => import('../../sim/engine');

/** Where a run ended and what AWS (or the SDK) said there. */
export interface RunOutcome {
  /** The step that refused (0 = Setup itself), or null: every step passed. */
  failedAt: number | null;
  awsCode: string | null;
  message: string | null;
  /** The id of the first check that failed (not one that did not run). */
  failedCheck: string | null;
  /** What the trust policy evaluation flagged (IRSA): holes, conditions that never match. */
  findings: Finding[];
}

export type FlowId = 'irsa' | 'pod-identity';

export async function runToEnd(
  flowId: FlowId,
  scenario: FlowScenario,
  settings: RunSettings,
): Promise<RunOutcome> {
  const { prepareFlowWorld, runFlowStep } = await loadEngine();
  const env = environmentFor(settings);
  const flow = flowId === 'irsa' ? IRSA_FLOW : POD_IDENTITY_FLOW;
  let run: WalkRun = { world: await prepareFlowWorld(flowId, scenario, env), steps: {} };
  const refused = setupErrorOf(run);
  if (refused)
    return {
      failedAt: 0,
      awsCode: refused.awsCode,
      message: refused.message,
      failedCheck: null,
      findings: [],
    };
  let findings: Finding[] = [];
  for (const [i, step] of flow.steps.entries()) {
    const record = (await runFlowStep(flowId, step.id, run, env)) as StepOutcome & {
      findings?: Finding[];
    };
    run = { ...run, steps: { ...run.steps, [step.id]: record } };
    if (record.findings) findings = record.findings;
    if (!record.ok)
      return {
        failedAt: i + 1,
        awsCode: record.error?.awsCode ?? null,
        message: record.error?.message ?? null,
        failedCheck: record.checks.find((c) => !c.passed && c.status !== 'not-run')?.id ?? null,
        findings,
      };
  }
  return { failedAt: null, awsCode: null, message: null, failedCheck: null, findings };
}
