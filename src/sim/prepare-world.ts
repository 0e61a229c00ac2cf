import { isoSeconds } from './clock';
import { rolePolicies } from './iam/generate-policies';
import type { IamAccount, Role } from './iam/types';
import { forgeToken } from './attacks/forge-token';
import { createLegacyUser } from './iam/create-legacy-user';
import { withStaticKeys } from './sdk/static-keys';
import { admitServiceAccount } from './kubernetes/admit-service-account';
import { createServiceAccount } from './kubernetes/create-service-account';
import { createPodManifest, mutatePod, type PodMutation } from './kubernetes/mutate-pod';
import {
  replacePayloadAfterSigning,
  requestServiceAccountToken,
  type ProjectedToken,
} from './kubernetes/request-service-account-token';
import { bindToNode, clusterNode } from './kubernetes/schedule-pod';
import type { NodeRef, Pod, ServiceAccount } from './kubernetes/types';
import {
  iamIssuerUrl,
  issuerHostPath,
  issuerUrl,
  roleAccountId,
  nodeInstanceId,
  oidcProviderArn,
  roleArn,
  serviceAccountSubject,
} from './names';
import { createIssuerKeys, type IssuerKeys } from './oidc/create-issuer-keys';
import {
  buildDiscoveryDocument,
  buildJwks,
  type DiscoveryDocument,
  type Jwks,
} from './oidc/discovery';
import type { RunEnvironment } from './run-environment';
import type { Scenario } from './scenario';

/** The simulated world after preparation: keys, cluster objects, the token, IAM and S3. Plain JSON. */
export interface World {
  scenario: Scenario;
  issuer: {
    url: string;
    keys: IssuerKeys;
    discovery: DiscoveryDocument;
    jwks: Jwks;
    /** False for a self-hosted issuer whose bucket is private: every GET is 403. */
    publiclyReadable: boolean;
  };
  kubernetes: {
    serviceAccount: ServiceAccount;
    /** The pod as written, before admission. */
    podManifest: Pod;
    /**
     * The pod after the ServiceAccount admission plugin (its `kube-api-access-…` volume and
     * mount): what the pod-identity webhook receives.
     */
    admittedPod: Pod;
    /** The webhook's patch and the resulting pod; null if the webhook left the pod alone. */
    mutation: PodMutation | null;
    /** The Node the scheduler bound the pod to. */
    node: NodeRef;
    /** The pod as it runs: admitted (and mutated, if it was), with `spec.nodeName` set. */
    pod: Pod;
    /** The token file's content; null when no token volume was projected. */
    token: ProjectedToken | null;
  };
  /** The EC2 node the pod runs on, and its instance role (what IMDS hands out). */
  node: { instanceId: string; roleName: string };
  iam: IamAccount;
  s3: { ownerId: string; buckets: { Name: string; CreationDate: string }[] };
}

const THUMBPRINT = '9e99a48a9960b14926bb7f3b02e22da2b0ab7280';
const ROLE_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * Preparation, before step 1: the issuer's keys, the ServiceAccount, the webhook's mutation of
 * the pod, the kubelet's projected token, and the IAM and S3 state the scenario describes.
 */
export async function prepareWorld(scenario: Scenario, env: RunEnvironment): Promise<World> {
  const ids = env.ids('setup');
  const { wiring } = scenario;
  const issuer = issuerUrl(scenario);
  const keys = await createIssuerKeys({ origin: env.keys, rotated: wiring.signingKeyRotated });

  const serviceAccount = createServiceAccount(scenario, ids);
  // Static keys someone left in the pod spec belong to an IAM user (own id source: other ids stay put).
  const legacyUser = wiring.staticKeysInEnvironment
    ? createLegacyUser(scenario, env.ids('legacy-user'))
    : null;
  const podManifest = withStaticKeys(createPodManifest(scenario, ids), legacyUser);
  // Admission, scheduling and the token request take their ids from their own source, so the
  // ids drawn above and below (uids, role ids, the S3 owner) stay put.
  const clusterIds = env.ids('kubernetes');
  // The ServiceAccount admission plugin runs before mutating webhooks.
  const admittedPod = admitServiceAccount(podManifest, scenario.kubernetesVersion, clusterIds);
  // A pod created before the annotation, or admitted before the webhook's cache had its
  // ServiceAccount, was left alone: the webhook never mutated it.
  const mutation =
    wiring.podCreatedBeforeAnnotation || !wiring.serviceAccountCachedByWebhook
      ? null
      : mutatePod(admittedPod, serviceAccount, scenario.region);
  // The scheduler binds the stored pod to a node; the kubelet there requests the token.
  const node = clusterNode(scenario, clusterIds);
  const pod = bindToNode(mutation?.pod ?? admittedPod, node);
  let token: ProjectedToken | null = null;
  if (mutation) {
    token = await requestServiceAccountToken({
      issuer,
      key: keys.signing,
      serviceAccount,
      pod,
      audience: mutation.audience,
      expirationSeconds: mutation.expirationSeconds,
      clock: env.clock,
      ageSeconds: wiring.tokenAgeSeconds,
      kubernetesVersion: scenario.kubernetesVersion,
      node,
      ids: clusterIds,
    });
    if (wiring.payloadTamperedAfterSigning) token = tamper(token, scenario.namespace);
    if (wiring.tokenForgery !== 'none')
      token = await forgeToken(wiring.tokenForgery, token.claims, keys.signing);
  }

  // IAM lives in the role's account and knows the issuer it was told about (maybe an old one).
  const iamIssuer = iamIssuerUrl(scenario);
  const providerArn = oidcProviderArn(roleAccountId(scenario), iamIssuer);
  const policies = rolePolicies(scenario);
  const now = env.clock.now();
  const iam: IamAccount = {
    accountId: roleAccountId(scenario),
    oidcProviders: wiring.oidcProviderRegistered
      ? [
          {
            Arn: providerArn,
            Url: issuerHostPath(iamIssuer),
            ClientIDList: wiring.providerClientIds,
            ThumbprintList: [THUMBPRINT],
          },
        ]
      : [],
    roles: [
      {
        RoleName: scenario.roleName,
        Arn: roleArn(scenario),
        RoleId: `AROA${ids.chars(17, ROLE_ID_ALPHABET)}`,
        MaxSessionDuration: scenario.roleMaxSessionDurationSeconds,
        AssumeRolePolicyDocument: policies.trust,
        PermissionPolicy: policies.permission,
      },
      nodeRole(scenario, ids),
    ],
    users: legacyUser ? [legacyUser] : [],
  };
  const s3 = {
    ownerId: ids.hex(64),
    buckets: scenario.bucketNames.map((Name, i) => ({
      Name,
      CreationDate: isoSeconds(new Date(now.getTime() - (30 + 7 * i) * 86_400_000)).replace(
        'Z',
        '.000Z',
      ),
    })),
  };
  return {
    scenario,
    issuer: {
      url: issuer,
      keys,
      discovery: buildDiscoveryDocument(issuer, wiring.issuerHosting === 'eks'),
      jwks: buildJwks(keys.published),
      publiclyReadable: wiring.issuerHosting !== 'private-s3-bucket',
    },
    kubernetes: { serviceAccount, podManifest, admittedPod, mutation, node, pod, token },
    node: { instanceId: nodeInstanceId(scenario), roleName: NODE_ROLE_NAME },
    iam,
    s3,
  };
}

const NODE_ROLE_NAME = 'eks-node-role';

/** The node group's instance role: what EKS worker nodes need, and no S3 access. */
function nodeRole(scenario: Scenario, ids: ReturnType<RunEnvironment['ids']>): Role {
  return {
    RoleName: NODE_ROLE_NAME,
    Arn: `arn:aws:iam::${scenario.accountId}:role/${NODE_ROLE_NAME}`,
    RoleId: `AROA${ids.chars(17, ROLE_ID_ALPHABET)}`,
    MaxSessionDuration: 3600,
    AssumeRolePolicyDocument: JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'ec2.amazonaws.com' },
            Action: 'sts:AssumeRole',
          },
        ],
      },
      null,
      2,
    ),
    PermissionPolicy: JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'WorkerNode',
            Effect: 'Allow',
            Action: [
              'ec2:DescribeInstances',
              'ec2:DescribeRouteTables',
              'eks:DescribeCluster',
              'ecr:GetAuthorizationToken',
              'ecr:BatchGetImage',
              'ecr:GetDownloadUrlForLayer',
            ],
            Resource: '*',
          },
        ],
      },
      null,
      2,
    ),
  };
}

/** An attacker rewrites `sub` to another service account and keeps the original signature. */
function tamper(token: ProjectedToken, namespace: string): ProjectedToken {
  const claims = { ...token.claims, sub: serviceAccountSubject(namespace, 'admin') };
  return { ...token, claims, compact: replacePayloadAfterSigning(token.compact, claims) };
}
