/**
 * A Pod Identity catalogue entry: the same shape as IRSA's (../scenarios/types.ts), with Pod
 * Identity's scenario changes. `expected.step` 0 means setup (CreatePodIdentityAssociation).
 * Placeholders: see podIdentityPlaceholderValues in sim/pod-identity/scenario.ts.
 */
import type { PodIdentityScenarioChanges } from '../../sim/pod-identity';
import type { CatalogueEntry } from '../scenarios/types';

export interface PodIdentityCatalogueEntry extends Omit<
  CatalogueEntry,
  'changes' | 'fix' | 'expected'
> {
  changes: PodIdentityScenarioChanges;
  /** Where the run ends (0 = setup, 6 with no code = success) and the service's code and message. */
  expected: {
    step: number;
    awsCode: string | null;
    message: string | null;
    /**
     * Set when the failure is behind the agent: the start of what the AWS CLI in the pod prints
     * (botocore around the agent's relayed answer, whose request id varies).
     */
    seenInPodStartsWith?: string;
  };
  fix: { summary: string; changes: PodIdentityScenarioChanges } | null;
}
