/**
 * The EKS Pod Identity scenario: the names of everything in the simulated account and cluster,
 * plus the wiring a lab can get wrong. The defaults are a correct Pod Identity setup. Kept apart
 * from IRSA's `Scenario` so neither flow's defaults or seeded values move when the other changes.
 */
import { nodeInstanceId } from '../names';

export interface PodIdentityScenario {
  /** 12-digit AWS account ID; 111122223333 is AWS's documented example account. */
  accountId: string;
  region: string;
  /** EKS cluster name: the `{clusterName}` of AssumeRoleForPodIdentity's URI. */
  clusterName: string;
  /** The cluster's OIDC id: the token's issuer is still the cluster's OIDC issuer. */
  clusterOidcId: string;
  namespace: string;
  serviceAccountName: string;
  podName: string;
  roleName: string;
  bucketNames: string[];
  /** Kubernetes minor version; 1.30 and later tokens carry `jti` and `kubernetes.io.node`. */
  kubernetesVersion: string;
  wiring: PodIdentityWiring;
}

export interface PodIdentityWiring {
  /**
   * The pod identity association for (namespace, ServiceAccount):
   * - `exists`: created before the pod, as it must be;
   * - `missing`: never created (or created after the pod started): the webhook left the pod alone;
   * - `deleted-after-pod-start`: the pod was mutated, then the association was deleted.
   */
  association: 'exists' | 'missing' | 'deleted-after-pod-start';
  /** The account of the role the association names; null = the cluster's account. */
  roleAccountId: string | null;
  /** The EKS Pod Identity Agent DaemonSet on the node. */
  agent: 'running' | 'not-installed';
  /** The node role's permission policy JSON; null = generated (with eks-auth:AssumeRoleForPodIdentity). */
  nodeRolePolicy: string | null;
  /** The role's trust policy JSON as it is now; null = the EKS User Guide's (pod-id-role). */
  trustPolicy: string | null;
  /**
   * The trust policy was edited after the association was created: CreatePodIdentityAssociation
   * saw a valid one, so only the AssumeRole at run time can refuse it.
   */
  trustPolicyEditedAfterAssociation: boolean;
  /** The role's permission policy JSON; null = allows s3:ListAllMyBuckets. */
  permissionPolicy: string | null;
  /** Tags on the IAM role: they are principal tags of its sessions, beside the session tags. */
  roleTags: Record<string, string>;
}

export const DEFAULT_POD_IDENTITY_WIRING: PodIdentityWiring = {
  association: 'exists',
  roleAccountId: null,
  agent: 'running',
  nodeRolePolicy: null,
  trustPolicy: null,
  trustPolicyEditedAfterAssociation: false,
  permissionPolicy: null,
  roleTags: {},
};

/** AWS's documented example names (EKS User Guide: my-cluster, default, my-service-account). */
export const DEFAULT_POD_IDENTITY_SCENARIO: PodIdentityScenario = {
  accountId: '111122223333',
  region: 'us-west-2',
  clusterName: 'my-cluster',
  clusterOidcId: '5E1D2A3C4B6F7089A1B2C3D4E5F60718',
  namespace: 'default',
  serviceAccountName: 'my-service-account',
  podName: 'my-app',
  roleName: 's3-reader',
  bucketNames: ['example-app-reports', 'example-app-uploads'],
  kubernetesVersion: '1.34',
  wiring: DEFAULT_POD_IDENTITY_WIRING,
};

/** Changes over the default scenario, as a catalogue entry or its fix writes them. */
export interface PodIdentityScenarioChanges {
  names?: Partial<Omit<PodIdentityScenario, 'wiring'>>;
  wiring?: Partial<PodIdentityWiring>;
}

/**
 * The values `{{placeholders}}` in Pod Identity catalogue text stand for: {{accountId}} {{region}}
 * {{clusterName}} {{clusterArn}} {{namespace}} {{serviceAccount}} {{podName}} {{roleName}}
 * {{roleArn}} {{instanceId}} {{nodeSessionArn}}, and {{sessionArn}}: the assumed-role ARN a run
 * minted (its session name ends in a random UUID), so it comes from the run, when there is one.
 */
export function podIdentityPlaceholderValues(
  s: PodIdentityScenario,
  run?: { sessionArn?: string | null },
): Record<string, string> {
  const roleAccount = s.wiring.roleAccountId ?? s.accountId;
  const instanceId = nodeInstanceId(s);
  return {
    accountId: s.accountId,
    region: s.region,
    clusterName: s.clusterName,
    clusterArn: `arn:aws:eks:${s.region}:${s.accountId}:cluster/${s.clusterName}`,
    namespace: s.namespace,
    serviceAccount: s.serviceAccountName,
    podName: s.podName,
    roleName: s.roleName,
    roleArn: `arn:aws:iam::${roleAccount}:role/${s.roleName}`,
    instanceId,
    // The node role's session, named after the instance (what IMDS hands out).
    nodeSessionArn: `arn:aws:sts::${s.accountId}:assumed-role/eks-node-role/${instanceId}`,
    ...(run?.sessionArn ? { sessionArn: run.sessionArn } : {}),
  };
}

/** Replace `{{name}}` with its value; unknown names stay as written. */
export function fillPodIdentityPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Apply changes: names first, then wiring, with string placeholders filled from the new names. */
export function applyPodIdentityChanges(
  base: PodIdentityScenario,
  changes: PodIdentityScenarioChanges,
): PodIdentityScenario {
  const named: PodIdentityScenario = { ...base, ...changes.names, wiring: base.wiring };
  const values = podIdentityPlaceholderValues(named);
  const fill = (v: unknown): unknown =>
    typeof v === 'string'
      ? fillPodIdentityPlaceholders(v, values)
      : v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]))
        : v;
  const wiring = Object.fromEntries(
    Object.entries(changes.wiring ?? {}).map(([k, v]) => [k, fill(v)]),
  ) as Partial<PodIdentityWiring>;
  return { ...named, wiring: { ...base.wiring, ...wiring } };
}

/** The scenario a catalogue entry describes: the defaults with the entry's changes. */
export function podIdentityScenarioFor(changes: PodIdentityScenarioChanges): PodIdentityScenario {
  return applyPodIdentityChanges(DEFAULT_POD_IDENTITY_SCENARIO, changes);
}
