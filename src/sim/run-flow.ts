/**
 * The engine's one entry for any flow: prepare its world and run one of its steps, by flow id
 * and step id. The machine knows flows only as tables of ids; this is where an id meets code.
 */
import { preparePodIdentityWorld } from './pod-identity/prepare-world';
import { POD_IDENTITY_STEPS } from './pod-identity/flow';
import type { PodIdentityRunRecord } from './pod-identity/run-record';
import type { PodIdentityScenario } from './pod-identity/scenario';
import { prepareWorld } from './prepare-world';
import { runStep } from './run';
import type { IrsaStepId, RunRecord } from './run-record';
import type { RunEnvironment } from './run-environment';
import type { Scenario } from './scenario';

/** A run of either flow, as the machine keeps it: the world and each step's record by id. */
export interface FlowRun {
  world: object | null;
  steps: Partial<Record<string, object | null>>;
}

export function prepareFlowWorld(
  flowId: string,
  scenario: object,
  env: RunEnvironment,
): Promise<object> {
  return flowId === 'pod-identity'
    ? preparePodIdentityWorld(scenario as PodIdentityScenario, env)
    : prepareWorld(scenario as Scenario, env);
}

export async function runFlowStep(
  flowId: string,
  stepId: string,
  run: FlowRun,
  env: RunEnvironment,
): Promise<object> {
  if (flowId !== 'pod-identity') return runStep(stepId as IrsaStepId, run as RunRecord, env);
  const step = POD_IDENTITY_STEPS.find((s) => s.id === stepId);
  if (!step) throw new Error(`pod identity: no step ${stepId}`);
  const record = run as unknown as PodIdentityRunRecord;
  return step.run(record.world, record, env);
}
