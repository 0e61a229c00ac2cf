/**
 * EKS Pod Identity, beside IRSA, with real bytes: the one entry the machine and views need.
 * The token is signed and verified with jose, the agent's call to EKS Auth and the pod's call to
 * S3 are SigV4-signed on WebCrypto, and every policy is evaluated by the shared IAM evaluator.
 */
export {
  DEFAULT_POD_IDENTITY_SCENARIO,
  DEFAULT_POD_IDENTITY_WIRING,
  applyPodIdentityChanges,
  fillPodIdentityPlaceholders,
  podIdentityPlaceholderValues,
  podIdentityScenarioFor,
  type PodIdentityScenario,
  type PodIdentityScenarioChanges,
  type PodIdentityWiring,
} from './scenario';
export { preparePodIdentityWorld, type PodIdentityWorld } from './prepare-world';
export {
  POD_IDENTITY_STEPS,
  podIdentityOutcome,
  runAllPodIdentity,
  runPodIdentityStep,
  type PodIdentityActor,
  type PodIdentityStepDefinition,
} from './flow';
export type { PodIdentityRunRecord } from './run-record';
export { EMPTY_POD_IDENTITY_STEPS } from './types';
export type {
  AgentToEksAuthStep,
  AgentToPodStep,
  EksAuthToStsStep,
  EksAuthVerifiesTokenStep,
  PodIdentityError,
  PodIdentityStepId,
  PodIdentityStepOutcome,
  PodIdentitySteps,
  PodToAgentStep,
  PodToS3Step,
  SessionTag,
} from './types';
export type { PodIdentityAssociation } from './associations';
export {
  NODE_ROLE_POLICY,
  POD_IDENTITY_PERMISSION_POLICY,
  POD_IDENTITY_TRUST_POLICY,
} from './policies';
export {
  AGENT_FULL_URI,
  POD_IDENTITY_AUDIENCE,
  POD_IDENTITY_TOKEN_FILE,
  SESSION_TAG_KEYS,
  eksAuthHost,
} from './names';
