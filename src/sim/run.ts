/** The six steps as one table: what each step needs, and a whole run for tests and benchmarks. */
import { prepareWorld } from './prepare-world';
import type { RunEnvironment } from './run-environment';
import type { Scenario } from './scenario';
import { environmentCredentials } from './sdk/environment-credentials';
import { assumeRoleAgain } from './sts/assume-role-again';
import { getInstanceRoleCredentials } from './ec2/get-instance-role-credentials';
import { listBuckets } from './s3/list-buckets';
import {
  EMPTY_RUN,
  STEP_SLOTS,
  type RunRecord,
  type StepNumber,
  type StepSlot,
} from './run-record';
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

/** Run one step (1–6) from what earlier steps recorded; returns that step's record. */
export async function runStep(
  step: StepNumber,
  run: RunRecord,
  env: RunEnvironment,
): Promise<RunRecord[StepSlot]> {
  const world = need(run.world, 'setup');
  // When the chain does not reach web identity the SDK never calls STS: steps 2–4 do not happen,
  // and step 5's credentials come from IMDS or from the environment.
  const source = run.podToSts?.sdk.credentialSource;
  if (source && source !== 'web-identity' && step >= 2 && step <= 5) {
    if (step < 5) return skipped(step as 2 | 3 | 4, run.podToSts?.skipped ?? '');
    return source === 'environment'
      ? environmentCredentials(world)
      : getInstanceRoleCredentials(world, env);
  }
  switch (step) {
    case 1:
      return sendAssumeRoleWithWebIdentity(world, env);
    case 2:
      return lookUpOidcProvider(world, need(run.podToSts, 'step 1'), env);
    case 3:
      return verifyWebIdentityToken(
        world,
        need(run.podToSts, 'step 1'),
        need(run.stsToIam, 'step 2'),
        env,
      );
    case 4:
      return evaluateTrustPolicy(
        world,
        need(run.podToSts, 'step 1'),
        need(run.stsToIam, 'step 2'),
        need(run.iamToOidc, 'step 3'),
        env,
      );
    case 5:
      return issueTemporaryCredentials(
        world,
        need(run.podToSts, 'step 1'),
        need(run.stsToIam, 'step 2'),
        need(run.iamToOidc, 'step 3'),
        env,
      );
    case 6: {
      // A client that never refreshes uses the credentials later: both it and AWS see that time.
      const later = laterBy(env, world.scenario.wiring.credentialsUsedAfterSeconds);
      return world.scenario.wiring.toolAssumesRoleAgain
        ? assumeRoleAgain(world, need(run.stsToPod, 'step 5'), later)
        : listBuckets(world, need(run.stsToPod, 'step 5'), later);
    }
  }
}

/** The same environment with its clock moved on by `seconds`. */
function laterBy(env: RunEnvironment, seconds: number): RunEnvironment {
  if (seconds === 0) return env;
  return { ...env, clock: { now: () => new Date(env.clock.now().getTime() + seconds * 1000) } };
}

/** The record of a step that did not happen in this run (all its artifacts absent). */
function skipped(step: 2 | 3 | 4, reason: string): RunRecord[StepSlot] {
  const base = { ok: true, checks: [], error: null, errorResponse: null, skipped: reason };
  if (step === 2) return { ...base, unverified: null, accountId: null, provider: null };
  if (step === 3) return { ...base, discovery: null, jwks: null, verifiedClaims: null };
  return { ...base, roleArn: '', conditionKeys: {}, evaluation: null, findings: [] };
}

/** Prepare the world and run the steps in order until one fails or all six pass. */
export async function runAll(scenario: Scenario, env: RunEnvironment): Promise<RunRecord> {
  let run: RunRecord = { ...EMPTY_RUN, world: await prepareWorld(scenario, env) };
  for (const [i, slot] of STEP_SLOTS.entries()) {
    const record = await runStep((i + 1) as StepNumber, run, env);
    run = { ...run, [slot]: record };
    if (!record?.ok) break;
  }
  return run;
}
