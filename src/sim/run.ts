/**
 * IRSA's steps as one table: for each step id, the function that runs it from what the steps
 * before it recorded. The order is IRSA_STEP_IDS; nothing here depends on a step's number.
 */
import { getInstanceRoleCredentials } from './ec2/get-instance-role-credentials';
import { prepareWorld, type World } from './prepare-world';
import {
  EMPTY_RUN,
  IRSA_STEP_IDS,
  type IrsaStepId,
  type IrsaStepRecord,
  type IrsaStepRecords,
  type RunRecord,
} from './run-record';
import type { RunEnvironment } from './run-environment';
import { listBuckets } from './s3/list-buckets';
import type { Scenario } from './scenario';
import { environmentCredentials } from './sdk/environment-credentials';
import { assumeRoleAgain } from './sts/assume-role-again';
import { evaluateTrustPolicy } from './sts/evaluate-trust-policy';
import { issueTemporaryCredentials } from './sts/issue-temporary-credentials';
import { lookUpOidcProvider } from './sts/look-up-oidc-provider';
import { sendAssumeRoleWithWebIdentity } from './sts/send-assume-role-with-web-identity';
import { verifyWebIdentityToken } from './sts/verify-web-identity-token';

/** Thrown only when a step is asked for before the steps it depends on: a programming error. */
function need<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`run: ${what} has not run yet`);
  return value;
}

type StepRunner<K extends IrsaStepId> = (
  world: World,
  run: RunRecord,
  env: RunEnvironment,
) => IrsaStepRecords[K] | Promise<IrsaStepRecords[K]>;

const RUNNERS: { [K in IrsaStepId]: StepRunner<K> } = {
  'pod-to-sts': (world, _run, env) => sendAssumeRoleWithWebIdentity(world, env),
  'sts-to-iam': (world, run, env) =>
    lookUpOidcProvider(world, need(run.steps['pod-to-sts'], 'pod-to-sts'), env),
  'iam-to-oidc': (world, run, env) =>
    verifyWebIdentityToken(
      world,
      need(run.steps['pod-to-sts'], 'pod-to-sts'),
      need(run.steps['sts-to-iam'], 'sts-to-iam'),
      env,
    ),
  'iam-to-sts': (world, run, env) =>
    evaluateTrustPolicy(
      world,
      need(run.steps['pod-to-sts'], 'pod-to-sts'),
      need(run.steps['sts-to-iam'], 'sts-to-iam'),
      need(run.steps['iam-to-oidc'], 'iam-to-oidc'),
      env,
    ),
  // When the SDK's chain did not reach web identity, the credentials come from IMDS or from the
  // environment instead of STS.
  'sts-to-pod': (world, run, env) => {
    const source = run.steps['pod-to-sts']?.sdk.credentialSource;
    if (source === 'environment') return environmentCredentials(world);
    if (source === 'instance-metadata') return getInstanceRoleCredentials(world, env);
    return issueTemporaryCredentials(
      world,
      need(run.steps['pod-to-sts'], 'pod-to-sts'),
      need(run.steps['sts-to-iam'], 'sts-to-iam'),
      need(run.steps['iam-to-oidc'], 'iam-to-oidc'),
      env,
    );
  },
  'pod-to-s3': (world, run, env) => {
    // A client that never refreshes uses the credentials later: both it and AWS see that time.
    const later = laterBy(env, world.scenario.wiring.credentialsUsedAfterSeconds);
    const issued = need(run.steps['sts-to-pod'], 'sts-to-pod');
    return world.scenario.wiring.toolAssumesRoleAgain
      ? assumeRoleAgain(world, issued, later)
      : listBuckets(world, issued, later);
  },
};

/** The steps that do not happen when the SDK never calls STS (its chain ended elsewhere). */
const STS_ONLY = new Set<IrsaStepId>(['sts-to-iam', 'iam-to-oidc', 'iam-to-sts']);

/** Run one step from what earlier steps recorded; returns that step's record. */
export async function runStep(
  id: IrsaStepId,
  run: RunRecord,
  env: RunEnvironment,
): Promise<IrsaStepRecord> {
  const world = need(run.world, 'setup');
  const source = run.steps['pod-to-sts']?.sdk.credentialSource;
  if (source && source !== 'web-identity' && STS_ONLY.has(id))
    return skipped(id, run.steps['pod-to-sts']?.skipped ?? '');
  return RUNNERS[id](world, run, env);
}

/** The same environment with its clock moved on by `seconds`. */
function laterBy(env: RunEnvironment, seconds: number): RunEnvironment {
  if (seconds === 0) return env;
  return { ...env, clock: { now: () => new Date(env.clock.now().getTime() + seconds * 1000) } };
}

/** The record of a step that did not happen in this run (all its artifacts absent). */
function skipped(id: IrsaStepId, reason: string): IrsaStepRecord {
  const base = { ok: true, checks: [], error: null, errorResponse: null, skipped: reason };
  if (id === 'sts-to-iam') return { ...base, unverified: null, accountId: null, provider: null };
  if (id === 'iam-to-oidc') return { ...base, discovery: null, jwks: null, verifiedClaims: null };
  return { ...base, roleArn: '', conditionKeys: {}, evaluation: null, findings: [] };
}

/** Prepare the world and run the steps in order until one fails or all pass. */
export async function runAll(scenario: Scenario, env: RunEnvironment): Promise<RunRecord> {
  let run: RunRecord = { ...EMPTY_RUN, world: await prepareWorld(scenario, env) };
  for (const id of IRSA_STEP_IDS) {
    const record = await runStep(id, run, env);
    run = { ...run, steps: { ...run.steps, [id]: record } };
    if (!record.ok) break;
  }
  return run;
}
