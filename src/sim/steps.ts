/** What each of the six steps records: plain JSON the machine keeps and the views show. */
import type { HttpExchange, HttpRequest, HttpResponse } from './http';
import type { PolicyEvaluation } from './iam/policy';
import type { Finding } from './iam/lint-trust-policy';
import type { OidcProvider } from './iam/types';
import type { CredentialSource } from './kubernetes/credential-source';
import type { ProjectedTokenClaims } from './kubernetes/request-service-account-token';
import type { Check, SimError } from './result';
import type { SigV4Result } from './sigv4';

/** What every step records, whatever the flow (Pod Identity's steps have the same base). */
export interface StepOutcome {
  ok: boolean;
  /** Every comparison made in this step, in order; a failed one is last. */
  checks: Check[];
  error: SimError | null;
  /** STS's or S3's error answer when this step failed at a service. */
  errorResponse: HttpResponse | null;
  /** Set when this step did not happen in this run, saying why (e.g. the SDK never called STS). */
  skipped?: string;
  /**
   * Set when this step made a different call than the story's (a tool calls sts:AssumeRole
   * instead of S3), saying what it did. Its checks are that call's, not the usual ones.
   */
  detour?: string;
}

/** Step 1: the SDK in the pod reads its environment and the token file and calls STS. */
export interface PodToStsStep extends StepOutcome {
  sdk: {
    /** Where the SDK's default credential chain found credentials. */
    credentialSource: CredentialSource;
    roleArn: string;
    tokenFile: string;
    endpoint: string;
    roleSessionName: string;
  };
  /** Null when the SDK never called STS (no web-identity variables in the pod). */
  request: HttpRequest | null;
  /** The decoded form parameters of the request body. */
  params: [string, string][];
  /** STS's request id for this call (also in its answer). */
  requestId: string;
}

/** Step 2: STS reads the (still unverified) token and asks IAM for the OIDC provider of its `iss`. */
export interface StsToIamStep extends StepOutcome {
  unverified: { header: Record<string, unknown>; claims: Record<string, unknown> } | null;
  /** The account whose providers were searched: the role's account. */
  accountId: string | null;
  provider: OidcProvider | null;
}

/** Step 3: the issuer's discovery document and JWKS are fetched and the token verified with jose. */
export interface IamToOidcStep extends StepOutcome {
  discovery: HttpExchange | null;
  jwks: HttpExchange | null;
  /** The claims as jose returned them after verification; null if verification failed. */
  verifiedClaims: ProjectedTokenClaims | null;
}

/** Step 4: the role's trust policy is evaluated against the verified claims. */
export interface IamToStsStep extends StepOutcome {
  roleArn: string;
  conditionKeys: Record<string, string[]>;
  evaluation: PolicyEvaluation | null;
  /** Security findings about the trust policy (holes, conditions that never match). */
  findings: Finding[];
}

export interface TemporaryCredentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: string;
}

/** Step 5: STS issues temporary credentials and answers with XML (or, without IRSA, IMDS answers with JSON). */
export interface StsToPodStep extends StepOutcome {
  /** The IMDS request when the SDK fell back to the node's instance role. */
  imdsRequest: HttpRequest | null;
  /** Null when nothing was asked: the SDK used static keys from its environment. */
  response: HttpResponse | null;
  credentials: TemporaryCredentials | null;
  /** Who the SDK now acts as: the assumed-role session, or the IAM user of static keys. */
  assumedRoleArn: string | null;
}

/** Step 6: the SDK signs ListBuckets with SigV4; S3 recomputes the signature and authorizes. */
export interface PodToS3Step extends StepOutcome {
  request: HttpRequest;
  /** The pod's SigV4 computation. */
  signing: SigV4Result;
  /** S3's own recomputation from the request it received; null if it stopped before. */
  serverSigning: SigV4Result | null;
  evaluation: PolicyEvaluation | null;
  response: HttpResponse;
  bucketNames: string[];
}
