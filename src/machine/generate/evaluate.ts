/**
 * Run the generated policies through the engine before the page shows them: the scenario with
 * the typed names and these policies as the role's own, from Setup to the pod's S3 call.
 */
import type { RunSettings } from '../environment';
import { runToEnd, type RunOutcome } from '../training/run-to-end';
import { evaluatedScenario, type GenerateFlow, type SetupNames, type SetupPolicies } from './names';

export interface SetupVerdict {
  /** Every step passed: the pod listed its buckets with these policies. */
  works: boolean;
  outcome: RunOutcome;
}

export async function evaluateSetup(
  names: SetupNames,
  flow: GenerateFlow,
  policies: SetupPolicies,
  settings: RunSettings,
): Promise<SetupVerdict> {
  const outcome = await runToEnd(flow, evaluatedScenario(names, flow, policies), settings);
  return { works: outcome.failedAt === null, outcome };
}
