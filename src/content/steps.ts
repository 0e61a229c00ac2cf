/**
 * The walkthrough's steps as data: title, the two actors the message travels between, what it
 * carries, and narration at two depths (simple story, real mechanics).
 */
export type ActorId = 'pod' | 'imds' | 'sts' | 'iam' | 'oidc' | 's3';

/** How one step's message is drawn: who sends it, what travels, and who then does the checking. */
export interface StepDrawing {
  from: ActorId;
  to: ActorId;
  /** What travels, as the chip on the arrow says it: "JWT + role ARN". */
  chip: string;
  /** Requests are drawn solid, responses dashed. */
  kind: 'request' | 'response';
  /** A fetch: a bare request goes out and the chip comes back on the dashed response. */
  roundTrip?: boolean;
  /** Happens inside AWS (one service asking itself), drawn as such in the real mechanics. */
  insideAws?: boolean;
  /** The actor that does this step's checks, and what it is doing. */
  workAt: ActorId;
  work: string;
}

export interface StepContent {
  /** 0 = Setup, 1–6 = the six steps. */
  number: number;
  title: string;
  /** What the message carries, e.g. "token + role ARN". */
  carries: string;
  simple: string;
  /** Where the six-step story simplifies, said plainly. */
  realMechanics: string;
  /** The diagram in the six-step story, and (where it differs) in the real mechanics. */
  story: StepDrawing | null;
  real?: Partial<StepDrawing>;
}

/** Each actor: its name in words, the short name on its box, and what it is, in a few words. */
export const ACTORS: Record<ActorId, { name: string; short: string; detail: string }> = {
  pod: { name: 'Pod', short: 'Pod', detail: 'your app' },
  imds: { name: 'IMDS', short: 'IMDS', detail: 'node role' },
  sts: { name: 'STS', short: 'STS', detail: 'token service' },
  iam: { name: 'IAM', short: 'IAM', detail: 'roles, policies' },
  oidc: { name: 'OIDC provider', short: 'OIDC', detail: 'cluster issuer' },
  s3: { name: 'S3', short: 'S3', detail: 'buckets' },
};

/**
 * The diagram's drawing when the SDK never calls STS (no web-identity variables in the pod): its
 * credential chain asks the node's instance metadata service for the node role's credentials.
 */
export const IMDS_DRAWING: StepDrawing = {
  from: 'pod',
  to: 'imds',
  chip: 'node-role credentials',
  kind: 'request',
  roundTrip: true,
  workAt: 'imds',
  work: "IMDS hands out the node role's credentials",
};

/** Step 6 when a tool in the pod calls sts:AssumeRole on the role it already has. */
export const ASSUME_ROLE_AGAIN_DRAWING: StepDrawing = {
  from: 'pod',
  to: 'sts',
  chip: 'sts:AssumeRole, signed SigV4',
  kind: 'request',
  workAt: 'sts',
  work: 'STS checks the trust policy for this session',
};

export const STEPS: StepContent[] = [
  {
    number: 0,
    title: 'Setup',
    carries: 'keys, webhook, token',
    simple:
      'The cluster gets an RS256 signing key, the ServiceAccount is annotated with a role ARN, the EKS pod-identity webhook adds a token volume and AWS_* variables to the pod, and the kubelet writes a signed token into the pod.',
    realMechanics:
      'The webhook acts once, when the pod is created: a pod created before the annotation keeps running without the variables. The kubelet refreshes the projected token at 80% of its lifetime or after 24 hours.',
    story: null,
  },
  {
    number: 1,
    title: 'The pod sends its token and role ARN to STS',
    carries: 'token + role ARN',
    simple:
      'The AWS SDK in the pod finds AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE, reads the token file, and calls AssumeRoleWithWebIdentity on the regional STS endpoint.',
    realMechanics:
      'The call is unsigned: the token is the only proof. The SDK reaches this step of its default credential chain only if nothing earlier (environment keys, profiles) supplied credentials.',
    story: {
      from: 'pod',
      to: 'sts',
      chip: 'JWT + role ARN',
      kind: 'request',
      workAt: 'sts',
      work: 'STS checks the request',
    },
  },
  {
    number: 2,
    title: 'STS asks IAM to verify',
    carries: 'iss of the token',
    simple:
      "STS reads the token's issuer and looks for an IAM OIDC identity provider with that URL in the role's account. Without one, it rejects the call.",
    realMechanics:
      'This is a lookup of an account resource (the IAM OIDC provider), not a public API call between services. The token is not trusted yet: nothing has been verified.',
    story: {
      from: 'sts',
      to: 'iam',
      chip: 'find provider for iss',
      kind: 'request',
      workAt: 'iam',
      work: "IAM looks up the token's issuer",
    },
    real: { chip: 'look up provider', insideAws: true, work: 'STS looks up the IAM OIDC provider' },
  },
  {
    number: 3,
    title: "IAM checks the token with the cluster's OIDC provider",
    carries: 'discovery + JWKS',
    simple:
      "The issuer's discovery document points to its JWKS. The key whose kid matches the token's header verifies the signature; then the audience must be one of the provider's client IDs and the token must not have expired.",
    realMechanics:
      'In reality STS itself fetches the discovery document and the JWKS over HTTPS and caches them; "IAM verifies" is the story\'s simplification. AWS does not publish the order of these checks; the simulator uses jose\'s order.',
    story: {
      from: 'iam',
      to: 'oidc',
      chip: 'discovery + JWKS',
      kind: 'request',
      roundTrip: true,
      workAt: 'iam',
      work: 'IAM verifies the token',
    },
    real: { from: 'sts', workAt: 'sts', work: 'STS verifies the token (jose)' },
  },
  {
    number: 4,
    title: 'IAM answers STS: trust policy evaluated',
    carries: 'Allow or deny',
    simple:
      "The role's trust policy must allow the provider (the Federated principal) to call sts:AssumeRoleWithWebIdentity, and its conditions on the token's sub and aud must match.",
    realMechanics:
      '"IAM answers STS" is conceptual: inside AWS this is one authorization decision. A failed match, or a role that does not exist, gives the same AccessDenied.',
    story: {
      from: 'iam',
      to: 'sts',
      chip: 'Allow',
      kind: 'response',
      workAt: 'iam',
      work: 'IAM evaluates the trust policy',
    },
    real: { chip: 'decision', insideAws: true, work: 'AWS evaluates the trust policy' },
  },
  {
    number: 5,
    title: 'STS returns temporary credentials',
    carries: 'credentials',
    simple:
      'STS mints temporary credentials (an ASIA… access key id, a secret key and a session token) that expire after the requested duration, and returns them in XML.',
    realMechanics:
      "The SDK caches these credentials and refreshes them before they expire (botocore 15 minutes before), re-reading the token file each time, so the kubelet's rotated token is picked up.",
    story: {
      from: 'sts',
      to: 'pod',
      chip: 'ASIA… credentials',
      kind: 'response',
      workAt: 'sts',
      work: 'STS issues temporary credentials',
    },
  },
  {
    number: 6,
    title: 'The pod calls S3 with them',
    carries: 'SigV4-signed ListBuckets',
    simple:
      "The SDK signs GET / for S3 with SigV4 using the temporary secret key and sends the session token along. S3 recomputes the signature and checks the role's permission policy for s3:ListAllMyBuckets.",
    realMechanics:
      'S3 never sees the Kubernetes token: it trusts the STS session. Real SDKs also sign amz-sdk-invocation-id and amz-sdk-request headers; the simulator signs only the headers S3 requires.',
    story: {
      from: 'pod',
      to: 's3',
      chip: 'GET / signed SigV4',
      kind: 'request',
      workAt: 's3',
      work: 'S3 checks the signature and the policy',
    },
  },
];
