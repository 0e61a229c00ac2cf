/**
 * Names, addresses and ARNs of EKS Pod Identity, spelled as AWS spells them. Each constant names
 * the source it was checked against (docs/pod-identity.md lists them all).
 */
import type { PodIdentityScenario } from './scenario';

/**
 * The agent's link-local address and its credentials path; the webhook's default
 * `--container-credentials-full-uri`.
 * https://github.com/aws/eks-pod-identity-agent/blob/main/configuration/config.go (DefaultIpv4TargetHost)
 * https://github.com/aws/amazon-eks-pod-identity-webhook/blob/master/main.go (container-credentials-full-uri)
 */
export const AGENT_HOST = '169.254.170.23';
export const AGENT_CREDENTIALS_PATH = '/v1/credentials';
export const AGENT_FULL_URI = `http://${AGENT_HOST}${AGENT_CREDENTIALS_PATH}`;

/**
 * The projected token the webhook adds for Pod Identity: volume and file `eks-pod-identity-token`,
 * audience `pods.eks.amazonaws.com`, mounted at /var/run/secrets/pods.eks.amazonaws.com/serviceaccount.
 * https://github.com/aws/amazon-eks-pod-identity-webhook/blob/master/main.go (container-credentials-* flags)
 */
export const POD_IDENTITY_AUDIENCE = 'pods.eks.amazonaws.com';
export const POD_IDENTITY_VOLUME_NAME = 'eks-pod-identity-token';
export const POD_IDENTITY_MOUNT_PATH = '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount';
export const POD_IDENTITY_TOKEN_FILE = `${POD_IDENTITY_MOUNT_PATH}/${POD_IDENTITY_VOLUME_NAME}`;
/** What a real cluster showed (aws-samples/amazon-eks-security-immersion-day, deep dive page). */
export const POD_IDENTITY_TOKEN_EXPIRATION_SECONDS = 86400;

/** The environment variables botocore's ContainerProvider reads (botocore/credentials.py). */
export const ENV_FULL_URI = 'AWS_CONTAINER_CREDENTIALS_FULL_URI';
export const ENV_TOKEN_FILE = 'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE';

/** The service principal in the role's trust policy (EKS User Guide, pod-id-role). */
export const POD_IDENTITY_SERVICE_PRINCIPAL = 'pods.eks.amazonaws.com';

/**
 * EKS Auth: endpoint prefix and SigV4 signing name `eks-auth`; botocore resolves
 * https://eks-auth.<region>.api.aws (botocore/data/eks-auth/2023-11-26, service-2.json and the
 * endpoint rule set). CloudTrail's clientProvidedHostHeader shows the same host.
 */
export const EKS_AUTH_SIGNING_NAME = 'eks-auth';
export function eksAuthHost(region: string): string {
  return `eks-auth.${region}.api.aws`;
}
/** `POST /clusters/{clusterName}/assume-role-for-pod-identity` (the eks-auth model's requestUri). */
export function assumeRoleForPodIdentityPath(clusterName: string): string {
  return `/clusters/${encodeURIComponent(clusterName)}/assume-role-for-pod-identity`;
}

/** The EKS control-plane API host, where CreatePodIdentityAssociation goes. */
export function eksHost(region: string): string {
  return `eks.${region}.amazonaws.com`;
}

/** `arn:aws:eks:<region>:<account>:cluster/<name>`: also eks-auth's resource type. */
export function clusterArn(s: Pick<PodIdentityScenario, 'region' | 'accountId' | 'clusterName'>) {
  return `arn:aws:eks:${s.region}:${s.accountId}:cluster/${s.clusterName}`;
}

/** `arn:aws:eks:<region>:<account>:podidentityassociation/<cluster>/a-<17 chars>` (captured ARNs). */
export function associationArn(
  s: Pick<PodIdentityScenario, 'region' | 'accountId' | 'clusterName'>,
  associationId: string,
): string {
  return `arn:aws:eks:${s.region}:${s.accountId}:podidentityassociation/${s.clusterName}/${associationId}`;
}

/**
 * Association ids are `a-` and 17 lowercase letters or digits: 19 characters, as the EKS API's
 * own error says ("The parameter associationId should be 19 characters long",
 * aws-samples/eks-workshop-v2#882); captured ids such as a-lfw52xh1ihr1szuwp.
 */
export const ASSOCIATION_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The role the association names (in another account when the scenario says so). */
export function podIdentityRoleArn(s: PodIdentityScenario): string {
  return `arn:aws:iam::${s.wiring.roleAccountId ?? s.accountId}:role/${s.roleName}`;
}

export const NODE_ROLE_NAME = 'eks-node-role';

/**
 * The role session name EKS Pod Identity asks STS for: `eks-<clustername>-<podname>-<random UUID>`
 * (eks-auth model, AssumedRoleUser). A CloudTrail capture shows the cluster name cut to 10
 * characters ("eks-eksworksho-app1-…" for eksworkshop-eksctl). Cutting the pod name so the whole
 * stays within STS's 64-character RoleSessionName is our inference.
 */
export function podIdentitySessionName(clusterName: string, podName: string, uuid: string) {
  const head = `eks-${clusterName.slice(0, 10)}-`;
  const room = 64 - head.length - 1 - uuid.length;
  return `${head}${podName.slice(0, Math.max(0, room))}-${uuid}`;
}

/** The six session tags EKS Pod Identity adds, in CloudTrail's order (EKS User Guide, pod-id-abac). */
export const SESSION_TAG_KEYS = [
  'eks-cluster-arn',
  'eks-cluster-name',
  'kubernetes-namespace',
  'kubernetes-service-account',
  'kubernetes-pod-name',
  'kubernetes-pod-uid',
] as const;

/**
 * How long the sessions last: CloudTrail shows `durationSeconds: 21600` on EKS's AssumeRole, and
 * the EKS User Guide says the agent's cached credentials "last for 6 hours".
 */
export const POD_IDENTITY_SESSION_SECONDS = 21600;
