/**
 * What each Pod Identity step records: plain JSON, shaped like IRSA's records (src/sim/steps.ts)
 * so the machine's flow table can treat both flows alike.
 */
import type { HttpExchange, HttpRequest, HttpResponse } from '../http';
import type { PolicyEvaluation } from '../iam/policy';
import type { ProjectedTokenClaims } from '../kubernetes/request-service-account-token';
import type { SimError } from '../result';
import type { SigV4Result } from '../sigv4';
import type { StepOutcome, TemporaryCredentials } from '../steps';

/** Pod Identity's errors are the simulation's one error shape (codes and hops in ../result.ts). */
export type PodIdentityError = SimError;

/** What every step records (IRSA's StepOutcome plus what the pod finally printed). */
export interface PodIdentityStepOutcome extends StepOutcome {
  /**
   * When the failure happened behind the agent: the text the AWS CLI in the pod prints (botocore
   * wraps the agent's answer, which wraps EKS Auth's). Absent when the step succeeded.
   */
  seenInPod?: string;
  /** The agent's answer to the pod when it relayed this step's failure. */
  agentResponse?: HttpResponse;
}

/** Step 1: the SDK's container-credentials provider asks the agent (GET /v1/credentials). */
export interface PodToAgentStep extends PodIdentityStepOutcome {
  sdk: {
    /** `container` when AWS_CONTAINER_CREDENTIALS_FULL_URI is set; otherwise the chain ends at IMDS. */
    credentialSource: 'container' | 'instance-metadata';
    fullUri: string | null;
    tokenFile: string | null;
  };
  /** Null when the SDK never called the agent. */
  request: HttpRequest | null;
}

/** Step 2: the agent gets the node role's credentials from IMDS and calls EKS Auth, SigV4-signed. */
export interface AgentToEksAuthStep extends PodIdentityStepOutcome {
  /** IMDSv2 as the agent's SDK uses it on the host network. */
  imds: HttpExchange | null;
  /** The node role session that signs (what EKS Auth authenticates). */
  nodeSessionArn: string | null;
  /** EKS Auth's request id for this call; its answer in steps 3 and 4 carries the same one. */
  requestId: string;
  request: HttpRequest | null;
  signing: SigV4Result | null;
  /** EKS Auth's recomputation from the request it received. */
  serverSigning: SigV4Result | null;
  /** The node role's permission policy for eks-auth:AssumeRoleForPodIdentity on the cluster. */
  evaluation: PolicyEvaluation | null;
}

/** Step 3: EKS Auth verifies the token with the issuer's keys and finds the association. */
export interface EksAuthVerifiesTokenStep extends PodIdentityStepOutcome {
  verifiedClaims: ProjectedTokenClaims | null;
  association: { associationArn: string; associationId: string; roleArn: string } | null;
}

/** The session tags EKS Pod Identity puts on the AssumeRole request. */
export interface SessionTag {
  key: string;
  value: string;
}

/** Step 4: EKS Auth, as pods.eks.amazonaws.com, calls sts:AssumeRole with session tags. */
export interface EksAuthToStsStep extends PodIdentityStepOutcome {
  /** STS's AssumeRole request parameters, as CloudTrail records them. */
  assumeRole: {
    roleArn: string;
    roleSessionName: string;
    durationSeconds: number;
    tags: SessionTag[];
    transitiveTagKeys: string[];
  } | null;
  conditionKeys: Record<string, string[]>;
  /** The trust policy for sts:AssumeRole, then for sts:TagSession. */
  evaluations: { action: string; evaluation: PolicyEvaluation | null }[];
  credentials: TemporaryCredentials | null;
  assumedRoleArn: string | null;
  /** EKS Auth's AssumeRoleForPodIdentity answer to the agent (or its error). */
  response: HttpResponse | null;
}

/** Step 5: the agent answers the SDK (or, without Pod Identity, IMDS answers it). */
export interface AgentToPodStep extends PodIdentityStepOutcome {
  /** Set when the SDK fell through to IMDS: the node role's credentials. */
  imdsRequest: HttpRequest | null;
  response: HttpResponse | null;
  credentials: TemporaryCredentials | null;
  assumedRoleArn: string | null;
}

/** Step 6: SigV4-signed ListBuckets; S3 recomputes the signature and authorizes with principal tags. */
export interface PodToS3Step extends PodIdentityStepOutcome {
  request: HttpRequest;
  signing: SigV4Result;
  serverSigning: SigV4Result | null;
  /** The permission policy after `${…}` policy variables were replaced. */
  resolvedPolicy: string | null;
  principalTags: Record<string, string>;
  evaluation: PolicyEvaluation | null;
  response: HttpResponse;
  bucketNames: string[];
}

/** The records of one run, by step id; null until the step ran. */
export interface PodIdentitySteps {
  'pod-to-agent': PodToAgentStep | null;
  'agent-to-eks-auth': AgentToEksAuthStep | null;
  'eks-auth-verifies-token': EksAuthVerifiesTokenStep | null;
  'eks-auth-to-sts': EksAuthToStsStep | null;
  'agent-to-pod': AgentToPodStep | null;
  'pod-to-s3': PodToS3Step | null;
}

export type PodIdentityStepId = keyof PodIdentitySteps;

export const EMPTY_POD_IDENTITY_STEPS: PodIdentitySteps = {
  'pod-to-agent': null,
  'agent-to-eks-auth': null,
  'eks-auth-verifies-token': null,
  'eks-auth-to-sts': null,
  'agent-to-pod': null,
  'pod-to-s3': null,
};
