/**
 * EKS Pod Identity's walk and catalogue, in a module of its own: the page loads it only when the
 * Pod Identity flow is chosen, so IRSA's first load does not carry it.
 */
import { POD_IDENTITY_FLOW } from '../content/flows/pod-identity';
import { POD_IDENTITY_CATALOGUE_GROUPS } from '../content/pod-identity-scenarios';
import {
  applyPodIdentityChanges,
  DEFAULT_POD_IDENTITY_SCENARIO,
  fillPodIdentityPlaceholders,
  podIdentityPlaceholderValues,
  podIdentityScenarioFor,
  type PodIdentityScenario,
} from '../sim/pod-identity/scenario';
import { flowCatalogue, registerCatalogue } from './flow-catalogue';
import { createWalkMachine } from './irsa-machine';

/** The same walk as IRSA's, built from Pod Identity's table. */
export const podIdentityMachine = createWalkMachine(
  POD_IDENTITY_FLOW,
  DEFAULT_POD_IDENTITY_SCENARIO,
);

registerCatalogue(
  'pod-identity',
  flowCatalogue(
    POD_IDENTITY_CATALOGUE_GROUPS,
    'pod-identity-happy-path',
    podIdentityScenarioFor,
    applyPodIdentityChanges,
    (text, scenario: PodIdentityScenario) =>
      fillPodIdentityPlaceholders(text, podIdentityPlaceholderValues(scenario)),
  ),
);
