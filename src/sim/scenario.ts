/**
 * A scenario is plain data: the names of everything in the simulated AWS account and cluster,
 * plus the few wiring choices a lab can get wrong. The defaults are a correct IRSA setup.
 */
export interface Scenario {
  /** 12-digit AWS account ID; 111122223333 is AWS's documented example account. */
  accountId: string;
  region: string;
  /** The cluster's OIDC id: 32 uppercase hex characters at the end of the issuer URL. */
  clusterOidcId: string;
  namespace: string;
  serviceAccountName: string;
  podName: string;
  roleName: string;
  bucketNames: string[];
  /**
   * The cluster's Kubernetes minor version, e.g. `1.34`. It decides the projected token's claims
   * (1.30 and later add `jti` and `kubernetes.io.node`) and, before 1.19, the token file's mode.
   */
  kubernetesVersion: string;
  /** `expirationSeconds` of the projected token (webhook default 86400, clamped up to 600). */
  tokenExpirationSeconds: number;
  /** `DurationSeconds` the SDK asks STS for (STS default 3600). */
  sessionDurationSeconds: number;
  /** The role's `MaxSessionDuration` (IAM default 3600). */
  roleMaxSessionDurationSeconds: number;
  wiring: Wiring;
}

/** How the pieces are connected. Every default is the correct setup. */
export interface Wiring {
  /** Value of the ServiceAccount's `eks.amazonaws.com/role-arn`; null = generated from account and role name. */
  roleArnAnnotation: string | null;
  /** Audience the webhook requests for the projected token (`eks.amazonaws.com/audience`). */
  tokenAudience: string;
  /** Whether the account has an IAM OIDC provider for the cluster's issuer. */
  oidcProviderRegistered: boolean;
  /** The provider's client ID list (the audiences STS accepts). */
  providerClientIds: string[];
  /** Role trust policy JSON; null = generated from the names. */
  trustPolicy: string | null;
  /** Role permission policy JSON; null = generated (allows s3:ListAllMyBuckets). */
  permissionPolicy: string | null;
  /** Seconds between the kubelet issuing the token and the SDK using it (0 = fresh). */
  tokenAgeSeconds: number;
  /** The issuer rotated its key after signing: the JWKS no longer lists the token's `kid`. */
  signingKeyRotated: boolean;
  /** Someone edited the token's payload after it was signed. */
  payloadTamperedAfterSigning: boolean;
  /**
   * The annotation key on the ServiceAccount; the webhook only reacts to `eks.amazonaws.com/role-arn`.
   * Null: the ServiceAccount carries no role annotation at all (a pasted one without it).
   */
  annotationKey: string | null;
  /** The pod was created before the ServiceAccount was annotated: the webhook never saw it. */
  podCreatedBeforeAnnotation: boolean;
  /** An attacker replaces the token with a forged one. */
  tokenForgery: 'none' | 'alg-none' | 'hs256-with-public-key';
  /**
   * The S3 client sends the session token (`x-amz-security-token`) with the temporary key. A
   * hand-rolled client given only the key id and secret does not.
   */
  s3SessionTokenSent: boolean;
  /**
   * Who calls AssumeRoleWithWebIdentity: the SDK's default credential chain (botocore here), which
   * never sends DurationSeconds, or the AWS CLI (`aws sts assume-role-with-web-identity
   * --duration-seconds N --role-session-name …`), which sends the session duration asked for.
   */
  caller: 'sdk-default-chain' | 'aws-cli';
  /** The role lives in this other account (cross-account IRSA); null = the cluster's account. */
  roleAccountId: string | null;
  /**
   * The cluster was recreated: the IAM OIDC provider and the trust policy still name this old
   * OIDC id, while tokens carry the new one. Null = they name the current cluster.
   */
  staleOidcId: string | null;
  /**
   * Who serves the issuer's discovery document and JWKS: EKS itself, or (self-managed clusters)
   * an S3 bucket the cluster owner publishes them to, readable by anyone or private.
   */
  issuerHosting: 'eks' | 'public-s3-bucket' | 'private-s3-bucket';
  /**
   * The webhook had the ServiceAccount in its cache when the pod was admitted. False when both
   * were created in one apply and the webhook's informer had not seen the ServiceAccount yet.
   */
  serviceAccountCachedByWebhook: boolean;
  /** The pod's SDK knows the web-identity provider (older SDKs skip it and go on down the chain). */
  sdkSupportsWebIdentity: boolean;
  /** The pod spec sets AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY of an IAM user (legacy-deployer). */
  staticKeysInEnvironment: boolean;
  /**
   * `global`: the ServiceAccount is annotated `eks.amazonaws.com/sts-regional-endpoints: "false"`,
   * so the webhook leaves out AWS_STS_REGIONAL_ENDPOINTS=regional and the SDK (botocore before
   * 1.40.0) falls back to its default, the global endpoint sts.amazonaws.com.
   */
  stsEndpoint: 'regional' | 'global';
  /** The nodes have no route to the internet: AWS is reachable only through VPC endpoints (regional). */
  privateCluster: boolean;
  /** The container runs as a non-root user (UID 1000). */
  containerRunsAsNonRoot: boolean;
  /** The pod's `securityContext.fsGroup`; null = not set. */
  podFsGroup: number | null;
  /** STS is throttling this account's calls (too many AssumeRoleWithWebIdentity calls at once). */
  stsThrottled: boolean;
  /** Seconds between STS issuing the credentials and the S3 call (a client that never refreshes). */
  credentialsUsedAfterSeconds: number;
  /** A tool in the pod calls sts:AssumeRole on the role it already has through IRSA. */
  toolAssumesRoleAgain: boolean;
  /** The pod's own `eks.amazonaws.com/token-expiration` annotation (seconds); null = not set. */
  podTokenExpirationAnnotation: number | null;
}

export const DEFAULT_WIRING: Wiring = {
  roleArnAnnotation: null,
  tokenAudience: 'sts.amazonaws.com',
  oidcProviderRegistered: true,
  providerClientIds: ['sts.amazonaws.com'],
  trustPolicy: null,
  permissionPolicy: null,
  tokenAgeSeconds: 0,
  signingKeyRotated: false,
  payloadTamperedAfterSigning: false,
  annotationKey: 'eks.amazonaws.com/role-arn',
  podCreatedBeforeAnnotation: false,
  tokenForgery: 'none',
  s3SessionTokenSent: true,
  caller: 'sdk-default-chain',
  roleAccountId: null,
  staleOidcId: null,
  issuerHosting: 'eks',
  serviceAccountCachedByWebhook: true,
  sdkSupportsWebIdentity: true,
  staticKeysInEnvironment: false,
  stsEndpoint: 'regional',
  privateCluster: false,
  containerRunsAsNonRoot: false,
  podFsGroup: null,
  stsThrottled: false,
  credentialsUsedAfterSeconds: 0,
  toolAssumesRoleAgain: false,
  podTokenExpirationAnnotation: null,
};

/** The default scenario: AWS's documented example names, a correct setup. */
export const DEFAULT_SCENARIO: Scenario = {
  accountId: '111122223333',
  region: 'us-west-2',
  clusterOidcId: '5E1D2A3C4B6F7089A1B2C3D4E5F60718',
  namespace: 'default',
  serviceAccountName: 'my-service-account',
  podName: 'my-app',
  roleName: 's3-reader',
  bucketNames: ['example-app-reports', 'example-app-uploads'],
  kubernetesVersion: '1.34',
  tokenExpirationSeconds: 86400,
  sessionDurationSeconds: 3600,
  roleMaxSessionDurationSeconds: 3600,
  wiring: DEFAULT_WIRING,
};

/** A scenario with some wiring changed; the rest stays correct. */
export function withWiring(scenario: Scenario, wiring: Partial<Wiring>): Scenario {
  return { ...scenario, wiring: { ...scenario.wiring, ...wiring } };
}
