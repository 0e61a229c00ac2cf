/**
 * The simulated world's public surface: Kubernetes, the OIDC issuer, IAM, STS, S3 and SigV4,
 * with real crypto (jose, WebCrypto). Pure: time, ids and keys are injected.
 *
 * This barrel is the light half (types, names, formatters) that the page needs at once.
 * The functions that run the steps live in `./engine`, which the machine imports lazily.
 */

/** Clock injection: the only source of time in the simulation. */
export { fixedClock, clockFrom, epochSeconds, isoSeconds, type Clock } from './clock';
/** Seeded ids (uids, request ids, access key ids). */
export { seededIds, type IdSource } from './ids';
/** What a run needs from outside: clock, ids, key origin. */
export type { RunEnvironment } from './run-environment';
/** Deterministic mode: demo keys, fixed clock, seeded ids. */
export { deterministicEnvironment, seededEnvironment, DEMO_TIME } from './deterministic';
/** Scenario data and the correct default setup. */
export {
  DEFAULT_SCENARIO,
  DEFAULT_WIRING,
  withWiring,
  type Scenario,
  type Wiring,
} from './scenario';
/** Names and ARNs derived from a scenario. */
export {
  issuerUrl,
  issuerHostPath,
  oidcProviderArn,
  roleArn,
  roleAccountId,
  iamIssuerUrl,
  annotatedRoleArn,
  serviceAccountSubject,
  parseRoleArn,
  nodeInstanceId,
} from './names';
/** Results, checks and the error vocabulary. */
export type { Check, Hop, MessageEvidence, MessageSource, SimError, SimErrorCode } from './result';
/** HTTP messages as plain data, and their wire form. */
export {
  formatHttpRequest,
  formatHttpResponse,
  type HttpExchange,
  type HttpRequest,
  type HttpResponse,
} from './http';
/** The world after preparation: keys, ServiceAccount, webhook mutation, token, IAM and S3. */
export type { World } from './prepare-world';
/** IRSA's steps, by id, and their records. */
export {
  EMPTY_RUN,
  IRSA_STEP_IDS,
  type IrsaStepId,
  type IrsaStepRecord,
  type IrsaStepRecords,
  type RunRecord,
} from './run-record';
export type {
  IamToOidcStep,
  IamToStsStep,
  PodToS3Step,
  PodToStsStep,
  StsToIamStep,
  StepOutcome,
  StsToPodStep,
  TemporaryCredentials,
} from './steps';
/** Kubernetes objects and the webhook's constants. */
export type { Pod, ServiceAccount, JsonPatchAdd } from './kubernetes/types';
export { TOKEN_FILE, TOKEN_MOUNT_PATH, ROLE_ARN_ANNOTATION } from './kubernetes/types';
export type {
  ProjectedToken,
  ProjectedTokenClaims,
  ProjectedTokenHeader,
} from './kubernetes/request-service-account-token';
/** The issuer's discovery document and JWKS. */
export type { DiscoveryDocument, Jwks, PublishedJwk } from './oidc/discovery';
/** IAM resources and policy evaluation. */
export type { IamAccount, OidcProvider, Role } from './iam/types';
export type { Finding } from './iam/lint-trust-policy';
export type { ConditionResult, PolicyEvaluation, StatementResult, Decision } from './iam/policy';
/** SigV4, for views that explain the signature. */
export type { SigV4Result } from './sigv4';
/** kubectl-style YAML for manifests: `kubernetes/to-yaml.ts`, imported by path (not from here)
 * so that the `yaml` package loads with the lazy modules that print manifests. */
/** Whether the pod's SDK will use web identity or fall through to IMDS (the node role). */
export { sdkCredentialSource } from './kubernetes/credential-source';
/** "Check a token" report shapes, and the public RFC 7515 example for trying it. */
export type { TokenCheckInput, TokenReport } from './token-check/check-token';
export { RFC7515_A2_JWKS, RFC7515_A2_TOKEN } from './token-check/rfc7515-example';
/** Decode a pasted token without trusting it; a precise message when it is not one. */
export { decodeToken, type DecodedToken } from './token-check/decode-token';
/** Epoch seconds as UTC date and time, relative to a given now ("in 23 hours", "expired 27 hours ago"). */
export {
  describeDuration,
  describeEpoch,
  describeExpiry,
  type EpochDescription,
} from './time/describe-epoch';
/** Field rules for the editable scenario. */
export {
  validateScenario,
  bucketNameError,
  COMMERCIAL_REGIONS,
  type ScenarioField,
} from './validate-scenario';
