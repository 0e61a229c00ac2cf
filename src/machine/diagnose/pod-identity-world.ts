/**
 * The EKS Pod Identity world built from what was pasted: the association names the
 * (namespace, ServiceAccount) and the role; the pod shows whether the webhook injected the
 * agent's variables. The same precedence as IRSA: token over pod over ServiceAccount.
 */
import {
  DEFAULT_POD_IDENTITY_SCENARIO,
  type PodIdentityScenario,
} from '../../sim/pod-identity/scenario';
import type { PastedObjects, PasteField } from '../../sim/paste/types';
import { sharedAssumptions, sharedReadAs } from './read-as';
import type { Assumption, ReadAs } from './types';
import {
  bucketsIn,
  deploymentOf,
  EXAMPLE_ACCOUNT,
  EXAMPLE_REGION,
  firstOf,
  parseEksIssuer,
  partitionErrors,
  UNKNOWN_CLUSTER,
  UNKNOWN_ROLE,
  nameErrors,
  runsAs,
  type Built,
} from './world';

export function buildPodIdentityWorld(
  read: PastedObjects,
  nowSeconds: number,
): Built<PodIdentityScenario> {
  const { serviceAccount: sa, pod, cluster, role, token, association } = read;
  const fieldErrors: Partial<Record<PasteField, string>> = {};

  const agentContainer = pod?.containers.find(
    (c) => c.env.AWS_CONTAINER_CREDENTIALS_FULL_URI && c.env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE,
  );
  const mutated = pod ? agentContainer !== undefined : null;
  const { namespace, name: saName } = runsAs(read);
  const podRunsAs = `${namespace.value}/${saName.value}`;
  if (sa && `${sa.namespace}/${sa.name}` !== podRunsAs)
    fieldErrors.serviceAccount = `This is the ServiceAccount ${sa.namespace}/${sa.name}, but the ${saName.from} runs as ${podRunsAs}. Paste \`kubectl get serviceaccount ${saName.value} -n ${namespace.value} -o yaml\`.`;
  // An association for another ServiceAccount does not apply to this pod: EKS matches both names.
  const matches = association
    ? association.namespace === namespace.value && association.serviceAccount === saName.value
    : null;

  const roleArn = association?.roleArn ?? role?.arn ?? null;
  const roleName = roleArn?.resource.split('/').pop() ?? role?.name ?? UNKNOWN_ROLE;
  if (role?.arn && association && role.arn.arn !== association.roleArn.arn)
    fieldErrors.role = `This is ${role.arn.arn}, but the association names ${association.roleArn.arn}. Paste \`aws iam get-role --role-name ${roleName}\`${role.arn.accountId !== association.roleArn.accountId ? ` run in account ${association.roleArn.accountId}` : ''}.`;
  for (const [field, message] of Object.entries(partitionErrors(read, null)))
    fieldErrors[field as PasteField] ??= message;

  const accountId = firstOf(
    [
      [cluster?.arn.accountId, 'cluster'],
      [roleArn?.accountId, association ? 'association' : 'role'],
    ],
    EXAMPLE_ACCOUNT,
  );
  const issuer = cluster?.issuer ?? token?.iss ?? null;
  const eks = issuer ? parseEksIssuer(issuer) : null;
  const region = firstOf(
    [
      [cluster?.arn.region, 'cluster'],
      [eks?.region, 'token'],
    ],
    EXAMPLE_REGION,
  );
  const clusterName = firstOf<string>(
    [
      [cluster?.name, 'cluster'],
      [association?.clusterName, 'association'],
    ],
    UNKNOWN_CLUSTER,
  );
  if (cluster && association && cluster.name !== association.clusterName)
    fieldErrors.association = `This association is on the cluster ${association.clusterName}, but the pasted cluster is ${cluster.name}: associations belong to one cluster. Paste \`aws eks list-pod-identity-associations --cluster-name ${cluster.name}\` to find its associations.`;

  const associationState =
    mutated === false ? 'missing' : matches === false ? 'missing' : ('exists' as const);
  const buckets = bucketsIn(read.permissionPolicy?.document);
  const scenario: PodIdentityScenario = {
    ...DEFAULT_POD_IDENTITY_SCENARIO,
    accountId: accountId.value,
    region: region.value,
    clusterName: clusterName.value,
    clusterOidcId: eks?.oidcId ?? DEFAULT_POD_IDENTITY_SCENARIO.clusterOidcId,
    namespace: namespace.value,
    serviceAccountName: saName.value,
    podName: pod?.name ?? token?.podName ?? DEFAULT_POD_IDENTITY_SCENARIO.podName,
    roleName,
    bucketNames: buckets.length > 0 ? buckets : DEFAULT_POD_IDENTITY_SCENARIO.bucketNames,
    kubernetesVersion: cluster?.version ?? DEFAULT_POD_IDENTITY_SCENARIO.kubernetesVersion,
    wiring: {
      ...DEFAULT_POD_IDENTITY_SCENARIO.wiring,
      association: associationState,
      roleAccountId: roleArn && roleArn.accountId !== accountId.value ? roleArn.accountId : null,
      trustPolicy: role?.trustPolicy ?? null,
      // The association exists, so CreatePodIdentityAssociation accepted the role then: a trust
      // policy that refuses now was edited since, and only the AssumeRole at run time sees it.
      trustPolicyEditedAfterAssociation: role !== undefined,
      permissionPolicy: read.permissionPolicy?.document ?? null,
    },
  };
  for (const [field, message] of Object.entries(
    nameErrors(scenarioForRules(scenario), {
      accountId: accountId.from,
      region: region.from,
      namespace: namespace.from,
      serviceAccountName: saName.from,
      podName: pod ? 'pod' : 'token',
      roleName: association ? 'association' : 'role',
      kubernetesVersion: 'cluster',
    }),
  ))
    fieldErrors[field as PasteField] ??= message;

  const ns = namespace.value;
  const podRef = pod?.name ?? 'POD_NAME';
  const readAs: ReadAs[] = sharedReadAs(read, nowSeconds);
  const assumptions: Assumption[] = sharedAssumptions({
    read,
    accountAssumed: accountId.from === 'assumed',
    roleName,
    trustPolicy:
      'the one the EKS User Guide gives: pods.eks.amazonaws.com may sts:AssumeRole and sts:TagSession',
  });
  if (sa)
    readAs.push({
      field: 'serviceAccount',
      summary: `ServiceAccount ${sa.namespace}/${sa.name} (EKS Pod Identity needs no annotation on it).`,
    });
  if (pod)
    readAs.push({
      field: 'pod',
      summary: `Pod ${pod.namespace}/${pod.name}, ServiceAccount ${pod.serviceAccountName}, ${mutated ? `given the agent's variables by the webhook (AWS_CONTAINER_CREDENTIALS_FULL_URI=${agentContainer?.env.AWS_CONTAINER_CREDENTIALS_FULL_URI})` : 'not mutated by the webhook (no AWS_CONTAINER_CREDENTIALS_FULL_URI)'}.`,
    });
  if (association)
    readAs.push({
      field: 'association',
      summary: `Association on ${association.clusterName} for ${association.namespace}/${association.serviceAccount} → ${association.roleArn.arn}${matches === false ? ` (not the pod's ServiceAccount, ${podRunsAs})` : ''}${association.targetRoleArn ? `, target role ${association.targetRoleArn} (not run: the page runs the association's role only)` : ''}.`,
    });

  const assume = (field: PasteField, fact: string, assumed: string, command: string) =>
    assumptions.push({ field, fact, assumed, command });
  if (!association)
    assume(
      'association',
      `The pod identity association for ${ns}/${saName.value}`,
      mutated === false
        ? 'none when the pod started (the pod shows no agent variables)'
        : `one exists, naming ${roleArn?.arn ?? `arn:aws:iam::${accountId.value}:role/${roleName}`}`,
      `aws eks list-pod-identity-associations --cluster-name ${clusterName.value} --namespace ${ns} --service-account ${saName.value}`,
    );
  if (!pod)
    assume(
      'pod',
      'The pod as it runs',
      'given AWS_CONTAINER_CREDENTIALS_FULL_URI and the eks-pod-identity-token volume by the webhook',
      `kubectl get pod ${podRef} -n ${ns} -o yaml`,
    );
  assume(
    'pod',
    'The EKS Pod Identity Agent',
    "running on the pod's node, with a node role allowed eks-auth:AssumeRoleForPodIdentity",
    'kubectl get daemonset eks-pod-identity-agent -n kube-system',
  );

  return {
    scenario,
    names: {
      clusterName: clusterName.value,
      deploymentName: deploymentOf(pod?.ownerReplicaSet ?? null),
      issuer: issuer ?? '',
      requestedRoleArn: roleArn?.arn ?? `arn:aws:iam::${accountId.value}:role/${roleName}`,
      associationMatches: matches,
    },
    readAs,
    assumptions,
    fieldErrors,
  };
}

/** The IRSA rules for the names both flows share (the Pod Identity scenario has no lifetimes). */
function scenarioForRules(s: PodIdentityScenario) {
  return {
    ...s,
    tokenExpirationSeconds: 86400,
    sessionDurationSeconds: 3600,
    roleMaxSessionDurationSeconds: 3600,
    wiring: {} as never,
  };
}
