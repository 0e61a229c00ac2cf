/**
 * The node's instance-role credentials from IMDS: what the agent signs EKS Auth calls with, and
 * what a pod without Pod Identity ends up with. One seeded source (`pod-identity-imds`), so the
 * agent and a fallen-through pod see the same session, as they would on one node.
 */
import {
  instanceRoleSession,
  type InstanceRoleSession,
} from '../ec2/get-instance-role-credentials';
import type { RunEnvironment } from '../run-environment';
import type { PodIdentityWorld } from './prepare-world';

export type NodeCredentials = InstanceRoleSession;

/** The node role's session from IMDS, as the agent (and a fallen-through pod) gets it. */
export function nodeRoleCredentials(world: PodIdentityWorld, env: RunEnvironment): NodeCredentials {
  return instanceRoleSession(
    { accountId: world.scenario.accountId, ...world.node },
    env.ids('pod-identity-imds'),
    env.clock.now(),
  );
}
