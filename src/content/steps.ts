/**
 * The walkthrough's steps as data: title, the two actors the message travels between, what it
 * carries, and narration at two depths (simple story, real mechanics).
 */
export type ActorId = 'pod' | 'sts' | 'iam' | 'oidc' | 's3';

export interface StepContent {
  /** 0 = Setup, 1–6 = the six steps. */
  number: number;
  title: string;
  from: ActorId | null;
  to: ActorId | null;
  /** What the message carries, e.g. "token + role ARN". */
  carries: string;
  /** A shorter form for the diagram's arrow. */
  arrowLabel: string;
  simple: string;
  /** Where the six-step story simplifies, said plainly. */
  realMechanics: string;
}

export const ACTORS: Record<ActorId, { name: string; detail: string }> = {
  pod: { name: 'Pod', detail: 'with its ServiceAccount' },
  sts: { name: 'STS', detail: 'AWS Security Token Service' },
  iam: { name: 'IAM', detail: 'roles, OIDC providers, policies' },
  oidc: { name: 'OIDC provider', detail: "the cluster's token issuer" },
  s3: { name: 'S3', detail: 'ListBuckets' },
};

export const STEPS: StepContent[] = [
  {
    number: 0,
    title: 'Setup',
    from: null,
    to: null,
    carries: 'keys, webhook, token',
    arrowLabel: '',
    simple:
      'The cluster gets an RS256 signing key, the ServiceAccount is annotated with a role ARN, the EKS pod-identity webhook adds a token volume and AWS_* variables to the pod, and the kubelet writes a signed token into the pod.',
    realMechanics:
      'The webhook acts once, when the pod is created: a pod created before the annotation keeps running without the variables. The kubelet refreshes the projected token at 80% of its lifetime or after 24 hours.',
  },
  {
    number: 1,
    title: 'The pod sends its token and role ARN to STS',
    from: 'pod',
    to: 'sts',
    carries: 'token + role ARN',
    arrowLabel: 'token + role ARN',
    simple:
      'The AWS SDK in the pod finds AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE, reads the token file, and calls AssumeRoleWithWebIdentity on the regional STS endpoint.',
    realMechanics:
      'The call is unsigned: the token is the only proof. The SDK reaches this step of its default credential chain only if nothing earlier (environment keys, profiles) supplied credentials.',
  },
  {
    number: 2,
    title: 'STS asks IAM to verify',
    from: 'sts',
    to: 'iam',
    carries: 'iss of the token',
    arrowLabel: 'find provider',
    simple:
      "STS reads the token's issuer and looks for an IAM OIDC identity provider with that URL in the role's account. Without one, it rejects the call.",
    realMechanics:
      'This is a lookup of an account resource (the IAM OIDC provider), not a public API call between services. The token is not trusted yet: nothing has been verified.',
  },
  {
    number: 3,
    title: "IAM checks the token with the cluster's OIDC provider",
    from: 'iam',
    to: 'oidc',
    carries: 'discovery + JWKS',
    arrowLabel: 'discovery + JWKS',
    simple:
      "The issuer's discovery document points to its JWKS. The key whose kid matches the token's header verifies the signature; then the audience must be one of the provider's client IDs and the token must not have expired.",
    realMechanics:
      'In reality STS itself fetches the discovery document and the JWKS over HTTPS and caches them; "IAM verifies" is the story\'s simplification. AWS does not publish the order of these checks; the simulator uses jose\'s order.',
  },
  {
    number: 4,
    title: 'IAM answers STS: trust policy evaluated',
    from: 'iam',
    to: 'sts',
    carries: 'Allow or deny',
    arrowLabel: 'Allow / deny',
    simple:
      "The role's trust policy must allow the provider (the Federated principal) to call sts:AssumeRoleWithWebIdentity, and its conditions on the token's sub and aud must match.",
    realMechanics:
      '"IAM answers STS" is conceptual: inside AWS this is one authorization decision. A failed match, or a role that does not exist, gives the same AccessDenied.',
  },
  {
    number: 5,
    title: 'STS returns temporary credentials',
    from: 'sts',
    to: 'pod',
    carries: 'credentials',
    arrowLabel: 'credentials',
    simple:
      'STS mints temporary credentials (an ASIA… access key id, a secret key and a session token) that expire after the requested duration, and returns them in XML.',
    realMechanics:
      "The SDK caches these credentials and refreshes them before they expire (botocore 15 minutes before), re-reading the token file each time, so the kubelet's rotated token is picked up.",
  },
  {
    number: 6,
    title: 'The pod calls S3 with them',
    from: 'pod',
    to: 's3',
    carries: 'SigV4-signed ListBuckets',
    arrowLabel: 'signed ListBuckets',
    simple:
      "The SDK signs GET / for S3 with SigV4 using the temporary secret key and sends the session token along. S3 recomputes the signature and checks the role's permission policy for s3:ListAllMyBuckets.",
    realMechanics:
      'S3 never sees the Kubernetes token: it trusts the STS session. Real SDKs also sign amz-sdk-invocation-id and amz-sdk-request headers; the simulator signs only the headers S3 requires.',
  },
];
