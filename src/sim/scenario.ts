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
  /** The annotation key on the ServiceAccount; the webhook only reacts to `eks.amazonaws.com/role-arn`. */
  annotationKey: string;
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
  tokenExpirationSeconds: 86400,
  sessionDurationSeconds: 3600,
  roleMaxSessionDurationSeconds: 3600,
  wiring: DEFAULT_WIRING,
};

/** A scenario with some wiring changed; the rest stays correct. */
export function withWiring(scenario: Scenario, wiring: Partial<Wiring>): Scenario {
  return { ...scenario, wiring: { ...scenario.wiring, ...wiring } };
}
