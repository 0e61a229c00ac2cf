/**
 * The Pod Identity flow as a table: six steps in the order of the real exchange, each a function
 * `(world, recordSoFar, env) => Promise<record>`. The machine walks this table as it walks IRSA's.
 */
import type { RunEnvironment } from '../run-environment';
import { agentCallsEksAuth } from './agent-calls-eks-auth';
import { agentReturnsCredentials } from './agent-returns-credentials';
import { eksAuthAssumesRole } from './eks-auth-assumes-role';
import { eksAuthVerifiesToken } from './eks-auth-verifies-token';
import { podAsksAgent } from './pod-asks-agent';
import { podCallsS3 } from './pod-calls-s3';
import { preparePodIdentityWorld, type PodIdentityWorld } from './prepare-world';
import type { PodIdentityRunRecord } from './run-record';
import type { PodIdentityScenario } from './scenario';
import { EMPTY_POD_IDENTITY_STEPS, type PodIdentitySteps, type PodIdentityStepId } from './types';

/** Who talks to whom in the Pod Identity diagram. */
export type PodIdentityActor = 'Pod' | 'Pod Identity Agent' | 'EKS Auth' | 'STS' | 'IMDS' | 'S3';

export interface PodIdentityStepDefinition<Id extends PodIdentityStepId = PodIdentityStepId> {
  id: Id;
  number: 1 | 2 | 3 | 4 | 5 | 6;
  title: string;
  from: PodIdentityActor;
  to: PodIdentityActor;
  run: (
    world: PodIdentityWorld,
    record: PodIdentityRunRecord,
    env: RunEnvironment,
  ) => Promise<NonNullable<PodIdentitySteps[Id]>>;
}

type StepTable = { [Id in PodIdentityStepId]: PodIdentityStepDefinition<Id> }[PodIdentityStepId];

export const POD_IDENTITY_STEPS: readonly StepTable[] = [
  {
    id: 'pod-to-agent',
    number: 1,
    title: 'The SDK asks the Pod Identity Agent: GET /v1/credentials with the token',
    from: 'Pod',
    to: 'Pod Identity Agent',
    run: podAsksAgent,
  },
  {
    id: 'agent-to-eks-auth',
    number: 2,
    title: 'The agent calls EKS Auth AssumeRoleForPodIdentity, signed as the node role',
    from: 'Pod Identity Agent',
    to: 'EKS Auth',
    run: agentCallsEksAuth,
  },
  {
    id: 'eks-auth-verifies-token',
    number: 3,
    title: 'EKS Auth verifies the token and finds the pod identity association',
    from: 'EKS Auth',
    to: 'EKS Auth',
    run: eksAuthVerifiesToken,
  },
  {
    id: 'eks-auth-to-sts',
    number: 4,
    title: 'EKS Auth assumes the role with session tags (sts:AssumeRole, sts:TagSession)',
    from: 'EKS Auth',
    to: 'STS',
    run: eksAuthAssumesRole,
  },
  {
    id: 'agent-to-pod',
    number: 5,
    title: 'The agent answers the SDK with the credentials JSON',
    from: 'Pod Identity Agent',
    to: 'Pod',
    run: agentReturnsCredentials,
  },
  {
    id: 'pod-to-s3',
    number: 6,
    title: 'The pod calls S3 ListBuckets, SigV4-signed with those credentials',
    from: 'Pod',
    to: 'S3',
    run: podCallsS3,
  },
];

/** Run one step from the record so far; returns the record with that step's slot filled. */
export async function runPodIdentityStep(
  step: StepTable,
  record: PodIdentityRunRecord,
  env: RunEnvironment,
): Promise<PodIdentityRunRecord> {
  const result = await (step.run as PodIdentityStepDefinition['run'])(record.world, record, env);
  return { ...record, steps: { ...record.steps, [step.id]: result } };
}

/**
 * Prepare the world and run the steps in order until one fails or all six pass. A failed setup
 * call (CreatePodIdentityAssociation refused) stops the run before step 1.
 */
export async function runAllPodIdentity(
  scenario: PodIdentityScenario,
  env: RunEnvironment,
): Promise<PodIdentityRunRecord> {
  let record: PodIdentityRunRecord = {
    world: await preparePodIdentityWorld(scenario, env),
    steps: EMPTY_POD_IDENTITY_STEPS,
  };
  if (record.world.setupError) return record;
  for (const step of POD_IDENTITY_STEPS) {
    record = await runPodIdentityStep(step, record, env);
    if (!record.steps[step.id]?.ok) break;
  }
  return record;
}

/** Where a run stopped: step 0 for setup, else the last step with a record, and its error. */
export function podIdentityOutcome(record: PodIdentityRunRecord) {
  if (record.world.setupError) return { step: 0, ok: false, error: record.world.setupError };
  const done = POD_IDENTITY_STEPS.filter((s) => record.steps[s.id] !== null);
  const last = done[done.length - 1];
  const result = last ? record.steps[last.id] : null;
  return { step: last?.number ?? 0, ok: result?.ok ?? false, error: result?.error ?? null };
}
