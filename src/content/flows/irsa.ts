/**
 * IRSA as a flow: Setup, then the six steps of the exchange, each by its id. Adding, removing or
 * reordering a step here is what the machine, the timeline, the URL and the tables follow.
 */
import type { IrsaStepId } from '../../sim';
import type { Flow } from '../steps';

export const IRSA_FLOW: Flow<IrsaStepId> = {
  id: 'irsa',
  title: 'IAM roles for service accounts (IRSA)',
  actors: ['pod', 'sts', 'iam', 'oidc', 's3'],
  setup: {
    title: 'Setup',
    carries: 'keys, webhook, token',
    simple:
      'The cluster gets an RS256 signing key, the ServiceAccount is annotated with a role ARN, the EKS pod-identity webhook adds a token volume and AWS_* variables to the pod, and the kubelet writes a signed token into the pod.',
    realMechanics:
      'The webhook acts once, when the pod is created: a pod created before the annotation keeps running without the variables. The kubelet refreshes the projected token at 80% of its lifetime or after 24 hours.',
  },
  steps: [
    {
      id: 'pod-to-sts',
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
      plannedChecks: [
        'token-file-readable',
        'sts-endpoint-reachable',
        'sts-rate',
        'role-arn-format',
        'token-length',
      ],
    },
    {
      id: 'sts-to-iam',
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
      real: {
        chip: 'look up provider',
        insideAws: true,
        work: 'STS looks up the IAM OIDC provider',
      },
      plannedChecks: ['token-decodes', 'provider-registered'],
    },
    {
      id: 'iam-to-oidc',
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
      plannedChecks: ['discovery-issuer', 'alg', 'kid', 'signature', 'iss', 'aud', 'nbf', 'exp'],
    },
    {
      id: 'iam-to-sts',
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
      plannedChecks: ['role-exists', 'trust-policy-valid', 'trust-decision'],
      failedChip: 'Deny',
    },
    {
      id: 'sts-to-pod',
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
      plannedChecks: ['duration-within-max'],
    },
    {
      id: 'pod-to-s3',
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
      plannedChecks: [
        'access-key-known',
        'session-token',
        'session-live',
        'signature',
        'permission-decision',
      ],
    },
  ],
};
