/**
 * EKS Pod Identity as a flow: Setup, then the six steps of the exchange, each by its id (the
 * ids of sim/pod-identity). Sources for every fact: docs/pod-identity.md.
 */
import type { PodIdentityStepId } from '../../sim/pod-identity';
import type { Flow } from '../steps';

export const POD_IDENTITY_FLOW: Flow<PodIdentityStepId> = {
  id: 'pod-identity',
  title: 'EKS Pod Identity',
  actors: ['pod', 'agent', 'eks-auth', 'oidc', 'sts', 's3'],
  setup: {
    title: 'Setup',
    carries: 'association, agent, webhook, token',
    simple:
      "A pod identity association ties the namespace and ServiceAccount to a role in the cluster's account. The EKS Pod Identity Agent runs on every node; the webhook gives the pod a token for pods.eks.amazonaws.com and the variables AWS_CONTAINER_CREDENTIALS_FULL_URI and AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE.",
    realMechanics:
      'Nothing is set up in IAM per cluster: no OIDC provider. The role trusts the service principal pods.eks.amazonaws.com for sts:AssumeRole and sts:TagSession, the same for every cluster in the account.',
  },
  steps: [
    {
      id: 'pod-to-agent',
      title: 'The pod asks the Pod Identity Agent for credentials',
      carries: 'GET /v1/credentials + token',
      simple:
        "The SDK's container-credentials provider reads the token file and asks http://169.254.170.23/v1/credentials, with the token in the Authorization header.",
      realMechanics:
        'The agent listens on a link-local address on the node (hostNetwork). The SDK never calls AWS itself in this flow: it only talks to the agent.',
      story: {
        from: 'pod',
        to: 'agent',
        chip: 'token in Authorization',
        kind: 'request',
        workAt: 'agent',
        work: 'The agent takes the request',
      },
      plannedChecks: [],
    },
    {
      id: 'agent-to-eks-auth',
      title: 'The agent calls EKS Auth, signed as the node role',
      carries: 'AssumeRoleForPodIdentity, SigV4',
      simple:
        "The agent sends the token to EKS Auth (POST /clusters/<cluster>/assume-role-for-pod-identity), signed with SigV4 using the node role's credentials; the node role needs eks-auth:AssumeRoleForPodIdentity.",
      realMechanics:
        "The node role's credentials come from the instance metadata service. EKS Auth authorizes the node role before it looks at the pod's token.",
      story: {
        from: 'agent',
        to: 'eks-auth',
        chip: 'AssumeRoleForPodIdentity',
        kind: 'request',
        workAt: 'eks-auth',
        work: 'EKS Auth checks the signature and the node role',
      },
      plannedChecks: [],
    },
    {
      id: 'eks-auth-verifies-token',
      title: 'EKS Auth verifies the token and finds the association',
      carries: 'token signature, association',
      simple:
        "EKS Auth checks the token's signature with the cluster issuer's keys and its audience pods.eks.amazonaws.com, then looks up the association for the token's namespace and ServiceAccount.",
      realMechanics:
        "EKS runs the cluster, so EKS Auth has the issuer's keys itself; the simulator verifies with jose against the issuer's JWKS.",
      story: {
        from: 'eks-auth',
        to: 'oidc',
        chip: 'issuer keys',
        kind: 'request',
        roundTrip: true,
        workAt: 'eks-auth',
        work: 'EKS Auth verifies the token',
      },
      plannedChecks: [],
    },
    {
      id: 'eks-auth-to-sts',
      title: 'EKS Auth assumes the role with session tags',
      carries: 'sts:AssumeRole + TagSession',
      simple:
        "EKS Auth assumes the associated role for the pod, with session tags naming the cluster, namespace, ServiceAccount and pod. The role's trust policy must allow pods.eks.amazonaws.com both actions.",
      realMechanics:
        "This call is made by the service principal, not by your account's STS quota. The session tags can be used in policies as ${aws:PrincipalTag/kubernetes-namespace} (ABAC).",
      story: {
        from: 'eks-auth',
        to: 'sts',
        chip: 'AssumeRole + tags',
        kind: 'request',
        workAt: 'sts',
        work: 'STS evaluates the trust policy',
      },
      plannedChecks: [],
    },
    {
      id: 'agent-to-pod',
      title: 'The agent returns the credentials to the pod',
      carries: 'JSON credentials',
      simple:
        'EKS Auth answers the agent with temporary credentials; the agent hands them to the SDK as JSON (AccessKeyId, SecretAccessKey, Token, AccountId, Expiration).',
      realMechanics:
        'The agent caches the credentials per pod and refreshes them before they expire.',
      story: {
        from: 'agent',
        to: 'pod',
        chip: 'ASIA… credentials',
        kind: 'response',
        workAt: 'pod',
        work: 'The SDK reads the credentials',
      },
      plannedChecks: [],
    },
    {
      id: 'pod-to-s3',
      title: 'The pod calls S3 with them',
      carries: 'SigV4-signed ListBuckets',
      simple:
        "The SDK signs GET / for S3 with SigV4 using the temporary credentials. S3 checks the signature and the role's permission policy, with the session tags as principal tags.",
      realMechanics:
        'The same SigV4 and the same S3 as in IRSA: only how the pod got its credentials differs.',
      story: {
        from: 'pod',
        to: 's3',
        chip: 'GET / signed SigV4',
        kind: 'request',
        workAt: 's3',
        work: 'S3 checks the signature and the policy',
      },
      plannedChecks: [],
    },
  ],
};
