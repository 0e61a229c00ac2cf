/**
 * Setup for Pod Identity: the cluster issuer's keys (the token is still signed by the cluster's
 * OIDC issuer), the association, the agent DaemonSet, the webhook's mutation, the kubelet's
 * projected token with audience pods.eks.amazonaws.com, and IAM and S3. Ids come from
 * `pod-identity-*` purposes so IRSA's seeded values never move.
 */
import { isoSeconds } from '../clock';
import type { IamAccount, Role } from '../iam/types';
import { admitServiceAccount } from '../kubernetes/admit-service-account';
import {
  requestServiceAccountToken,
  type ProjectedToken,
} from '../kubernetes/request-service-account-token';
import { bindToNode, clusterNode } from '../kubernetes/schedule-pod';
import type { NodeRef, Pod, ServiceAccount } from '../kubernetes/types';
import { issuerUrl, nodeInstanceId } from '../names';
import { createIssuerKeys, type IssuerKeys } from '../oidc/create-issuer-keys';
import {
  buildDiscoveryDocument,
  buildJwks,
  type DiscoveryDocument,
  type Jwks,
} from '../oidc/discovery';
import type { RunEnvironment } from '../run-environment';
import {
  createPodIdentityAssociation,
  type CreateAssociationResult,
  type PodIdentityAssociation,
} from './associations';
import { agentDaemonSet, type AgentDaemonSet } from './agent-daemonset';
import {
  createPlainServiceAccount,
  createPodIdentityPodManifest,
  mutatePodForPodIdentity,
  type PodIdentityMutation,
} from './mutate-pod';
import { NODE_ROLE_NAME, clusterArn, podIdentityRoleArn } from './names';
import {
  NODE_ROLE_TRUST_POLICY,
  POD_IDENTITY_TRUST_POLICY,
  podIdentityRolePolicies,
} from './policies';
import type { PodIdentityScenario } from './scenario';
import type { PodIdentityError } from './types';

export interface PodIdentityWorld {
  scenario: PodIdentityScenario;
  cluster: { name: string; arn: string };
  issuer: { url: string; keys: IssuerKeys; discovery: DiscoveryDocument; jwks: Jwks };
  eks: {
    /** The CreatePodIdentityAssociation call; null when nobody created one. */
    createAssociation: CreateAssociationResult | null;
    /** The association as it is while the pod runs (null: never created, refused or deleted). */
    association: PodIdentityAssociation | null;
    /** The agent DaemonSet; null when the add-on is not installed. */
    agent: AgentDaemonSet | null;
  };
  kubernetes: {
    serviceAccount: ServiceAccount;
    podManifest: Pod;
    admittedPod: Pod;
    /** Null when the webhook had no association for the ServiceAccount at pod creation. */
    mutation: PodIdentityMutation | null;
    node: NodeRef;
    pod: Pod;
    token: ProjectedToken | null;
  };
  node: { instanceId: string; roleName: string; roleArn: string };
  iam: IamAccount & { roleTags: Record<string, Record<string, string>> };
  s3: { ownerId: string; buckets: { Name: string; CreationDate: string }[] };
  /** The setup call that failed (CreatePodIdentityAssociation); the run stops there. */
  setupError: PodIdentityError | null;
}

const ROLE_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export async function preparePodIdentityWorld(
  scenario: PodIdentityScenario,
  env: RunEnvironment,
): Promise<PodIdentityWorld> {
  const ids = env.ids('pod-identity-setup');
  const clusterIds = env.ids('pod-identity-kubernetes');
  const now = env.clock.now();
  const { wiring } = scenario;
  const issuer = issuerUrl({ ...scenario, wiring: { issuerHosting: 'eks' } });
  const keys = await createIssuerKeys({ origin: env.keys, rotated: false });
  const policies = podIdentityRolePolicies(scenario);

  const createAssociation =
    wiring.association === 'missing'
      ? null
      : createPodIdentityAssociation(
          scenario,
          wiring.trustPolicyEditedAfterAssociation ? POD_IDENTITY_TRUST_POLICY : policies.trust,
          env.ids('pod-identity-eks'),
          now,
        );
  const created = createAssociation?.association ?? null;

  const serviceAccount = createPlainServiceAccount(scenario, ids);
  const podManifest = createPodIdentityPodManifest(scenario, ids);
  const admittedPod = admitServiceAccount(podManifest, scenario.kubernetesVersion, clusterIds);
  // The webhook mutates only pods whose ServiceAccount has an association when they are created.
  const mutation = created ? mutatePodForPodIdentity(admittedPod, scenario.region) : null;
  const node = clusterNode(scenario, clusterIds);
  const pod = bindToNode(mutation?.pod ?? admittedPod, node);
  const token = mutation
    ? await requestServiceAccountToken({
        issuer,
        key: keys.signing,
        serviceAccount,
        pod,
        audience: mutation.audience,
        expirationSeconds: mutation.expirationSeconds,
        clock: env.clock,
        ageSeconds: 0,
        kubernetesVersion: scenario.kubernetesVersion,
        node,
        ids: clusterIds,
      })
    : null;

  const nodeRoleArn = `arn:aws:iam::${scenario.accountId}:role/${NODE_ROLE_NAME}`;
  const roles: Role[] = [
    {
      RoleName: scenario.roleName,
      Arn: podIdentityRoleArn(scenario),
      RoleId: `AROA${ids.chars(17, ROLE_ID_ALPHABET)}`,
      MaxSessionDuration: 43200,
      AssumeRolePolicyDocument: policies.trust,
      PermissionPolicy: policies.permission,
    },
    {
      RoleName: NODE_ROLE_NAME,
      Arn: nodeRoleArn,
      RoleId: `AROA${ids.chars(17, ROLE_ID_ALPHABET)}`,
      MaxSessionDuration: 3600,
      AssumeRolePolicyDocument: NODE_ROLE_TRUST_POLICY,
      PermissionPolicy: policies.node,
    },
  ];
  return {
    scenario,
    cluster: { name: scenario.clusterName, arn: clusterArn(scenario) },
    issuer: {
      url: issuer,
      keys,
      discovery: buildDiscoveryDocument(issuer),
      jwks: buildJwks(keys.published),
    },
    eks: {
      createAssociation,
      association: wiring.association === 'exists' ? created : null,
      agent: wiring.agent === 'running' ? agentDaemonSet(scenario) : null,
    },
    kubernetes: { serviceAccount, podManifest, admittedPod, mutation, node, pod, token },
    node: { instanceId: nodeInstanceId(scenario), roleName: NODE_ROLE_NAME, roleArn: nodeRoleArn },
    iam: {
      accountId: scenario.accountId,
      oidcProviders: [],
      roles,
      users: [],
      roleTags: { [podIdentityRoleArn(scenario)]: { ...wiring.roleTags } },
    },
    s3: {
      ownerId: ids.hex(64),
      buckets: scenario.bucketNames.map((Name, i) => ({
        Name,
        CreationDate: isoSeconds(new Date(now.getTime() - (30 + 7 * i) * 86_400_000)).replace(
          'Z',
          '.000Z',
        ),
      })),
    },
    setupError: createAssociation?.error ?? null,
  };
}
