/**
 * The IRSA world built from what was pasted. Where two pastes can tell the same fact, the one
 * closer to what the pod really sends wins: the token over the pod, the pod over the
 * ServiceAccount, the ServiceAccount over the role. Every fact no paste gave is assumed, and
 * the assumption says which command settles it.
 */
import {
  AUDIENCE_ANNOTATION,
  ROLE_ARN_ANNOTATION,
  STS_REGIONAL_ENDPOINTS_ANNOTATION,
} from '../../sim/kubernetes/types';
import { DEFAULT_SCENARIO, type Scenario, type Wiring } from '../../sim/scenario';
import type { PastedObjects, PasteField } from '../../sim/paste/types';
import { parseArn } from '../../sim/paste/read-document';
import { issuerGuess, roleAnnotation } from './irsa-facts';
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
  providerAccountError,
  UNKNOWN_CLUSTER,
  UNKNOWN_ROLE,
  nameErrors,
  runsAs,
  type Built,
} from './world';

const DEFAULT_AUDIENCE = 'sts.amazonaws.com';

export function buildIrsaWorld(read: PastedObjects, nowSeconds: number): Built<Scenario> {
  const { serviceAccount: sa, pod, cluster, role, token } = read;
  const fieldErrors: Partial<Record<PasteField, string>> = {};

  // The pod as it runs: mutated when a container has the webhook's two variables.
  const appContainer = pod?.containers.find(
    (c) => c.env.AWS_ROLE_ARN && c.env.AWS_WEB_IDENTITY_TOKEN_FILE,
  );
  const mutated = pod ? appContainer !== undefined : null;
  const podEnv = appContainer?.env ?? pod?.containers[0]?.env ?? {};
  const tokenVolume = pod?.tokenVolumes.find((v) => v.volumeName === 'aws-iam-token') ?? null;
  const annotation = sa ? roleAnnotation(sa.annotations) : null;

  // Which ServiceAccount the pod runs as: the token says it, else the pod, else the pasted one.
  const { namespace, name: saName } = runsAs({ ...read, association: undefined });
  if (sa && (sa.name !== saName.value || sa.namespace !== namespace.value))
    fieldErrors.serviceAccount = `This is the ServiceAccount ${sa.namespace}/${sa.name}, but the ${saName.from === 'token' ? 'token' : 'pod'} runs as ${namespace.value}/${saName.value}. Paste \`kubectl get serviceaccount ${saName.value} -n ${namespace.value} -o yaml\`, or, if ${sa.name} is the one you meant, set \`serviceAccountName: ${sa.name}\` in the pod spec.`;

  // The role the pod asks for: the pod's AWS_ROLE_ARN, else the annotation, else the pasted role.
  const requested = firstOf<string>(
    [
      [mutated ? podEnv.AWS_ROLE_ARN : null, 'pod'],
      [annotation?.value, 'serviceAccount'],
      [role?.arn?.arn, 'role'],
    ],
    `arn:aws:iam::${EXAMPLE_ACCOUNT}:role/${role?.name ?? UNKNOWN_ROLE}`,
  );
  const requestedArn = parseArn(requested.value);
  const roleName =
    /:role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/.exec(requested.value)?.[1] ??
    role?.name ??
    UNKNOWN_ROLE;
  // The webhook copied the annotation into the pod when the pod was created: a pod that asks for
  // another role than the ServiceAccount names now predates the change, and keeps asking for it.
  if (
    mutated &&
    annotation?.key === ROLE_ARN_ANNOTATION &&
    podEnv.AWS_ROLE_ARN !== annotation.value
  )
    fieldErrors.pod = `The pod asks for ${podEnv.AWS_ROLE_ARN} (AWS_ROLE_ARN), but the ServiceAccount now names ${annotation.value}: the pod was created before the annotation changed, and the webhook changes pods only when they are created. Restart it (\`kubectl rollout restart deployment/${deploymentOf(pod?.ownerReplicaSet ?? null) ?? 'NAME'} -n ${pod?.namespace}\`), then paste the new pod.`;
  else if (role?.arn && requestedArn && role.arn.arn !== requested.value) {
    fieldErrors.role =
      role.arn.accountId !== requestedArn.accountId
        ? `This role is in account ${role.arn.accountId}, but the ${requested.from === 'pod' ? 'pod' : 'ServiceAccount'} asks for one in account ${requestedArn.accountId} (${requested.value}). Paste \`aws iam get-role --role-name ${roleName}\` run in account ${requestedArn.accountId} (check with \`aws sts get-caller-identity\`).`
        : `This is ${role.arn.arn}, but the ${requested.from === 'pod' ? 'pod' : 'ServiceAccount'} asks for ${requested.value}. Paste \`aws iam get-role --role-name ${roleName}\`, or, if this role is the one you meant, annotate the ServiceAccount with it and restart the pod.`;
  }

  // The cluster: its issuer gives the region and OIDC id; its ARN gives the account.
  const issuer = firstOf(
    [
      [cluster?.issuer, 'cluster'],
      [token?.iss, 'token'],
    ],
    null as string | null,
  );
  // Without the cluster or a token, the issuer the role trusts (or the one provider listed) is
  // the best guess there is: an assumption, said as such.
  const guessed = issuer.value ? null : issuerGuess(read);
  const eks = parseEksIssuer(issuer.value ?? guessed?.issuer ?? '');
  if (issuer.value && !eks && issuer.from !== 'assumed')
    fieldErrors[issuer.from] ??=
      `The issuer ${issuer.value} is not an EKS issuer (https://oidc.eks.REGION.amazonaws.com/id/ID). This page models EKS clusters only.`;
  const region = firstOf(
    [
      [cluster?.arn.region, 'cluster'],
      [eks?.region, issuer.from as PasteField],
      [podEnv.AWS_REGION ?? podEnv.AWS_DEFAULT_REGION, 'pod'],
    ],
    EXAMPLE_REGION,
  );
  const accountId = firstOf(
    [
      [cluster?.arn.accountId, 'cluster'],
      [requestedArn?.accountId, requested.from as PasteField],
      [role?.arn?.accountId, 'role'],
    ],
    EXAMPLE_ACCOUNT,
  );
  const roleAccount = requestedArn?.accountId ?? role?.arn?.accountId ?? accountId.value;
  const clusterOidcId = eks?.oidcId ?? DEFAULT_SCENARIO.clusterOidcId;
  const issuerUrl = `https://oidc.eks.${region.value}.amazonaws.com/id/${clusterOidcId}`;
  const hostPath = issuerUrl.slice('https://'.length);
  // A partition mismatch explains any other disagreement of the same paste: it goes first.
  Object.assign(fieldErrors, partitionErrors(read, requestedArn));
  const providerError = providerAccountError(read, roleAccount);
  if (providerError) fieldErrors.oidcProviders ??= providerError;

  // IAM's provider for this issuer, in the role's account.
  const provider = read.oidcProviders?.providers.find((p) => p.hostPath === hostPath) ?? null;
  const audience = firstOf(
    [
      [token?.aud[0], 'token'],
      [tokenVolume?.audience, 'pod'],
      [sa?.annotations[AUDIENCE_ANNOTATION], 'serviceAccount'],
    ],
    DEFAULT_AUDIENCE,
  );
  const expiration =
    tokenVolume?.expirationSeconds ?? (token?.exp && token.iat ? token.exp - token.iat : null);
  const secure = (pod?.containers ?? []).some(
    (c) =>
      (c.runAsUser ?? pod?.runAsUser ?? 0) !== 0 || (c.runAsNonRoot ?? pod?.runAsNonRoot) === true,
  );
  const podExpiration = Number.parseInt(
    pod?.annotations['eks.amazonaws.com/token-expiration'] ?? '',
    10,
  );

  const wiring: Wiring = {
    ...DEFAULT_SCENARIO.wiring,
    annotationKey: sa ? (annotation?.key ?? null) : ROLE_ARN_ANNOTATION,
    roleArnAnnotation: requested.value,
    // The pod was left alone although its ServiceAccount is annotated: created before the annotation.
    // (Without the ServiceAccount pasted, the same is assumed: see the assumptions.)
    podCreatedBeforeAnnotation:
      mutated === false && (!sa || annotation?.key === ROLE_ARN_ANNOTATION),
    tokenAudience: audience.value,
    oidcProviderRegistered: read.oidcProviders ? provider !== null : true,
    providerClientIds: provider?.clientIds ?? [DEFAULT_AUDIENCE],
    trustPolicy: role?.trustPolicy ?? null,
    permissionPolicy: read.permissionPolicy?.document ?? null,
    tokenAgeSeconds: token?.iat ? Math.max(0, nowSeconds - token.iat) : 0,
    roleAccountId: roleAccount !== accountId.value ? roleAccount : null,
    staticKeysInEnvironment: Boolean(podEnv.AWS_ACCESS_KEY_ID && podEnv.AWS_SECRET_ACCESS_KEY),
    stsEndpoint:
      sa?.annotations[STS_REGIONAL_ENDPOINTS_ANNOTATION] === 'false' ? 'global' : 'regional',
    containerRunsAsNonRoot: secure,
    podFsGroup: pod?.fsGroup ?? null,
    podTokenExpirationAnnotation: Number.isFinite(podExpiration) ? podExpiration : null,
  };
  const buckets = bucketsIn(read.permissionPolicy?.document);
  const scenario: Scenario = {
    ...DEFAULT_SCENARIO,
    accountId: accountId.value,
    region: region.value,
    clusterOidcId,
    namespace: namespace.value,
    serviceAccountName: saName.value,
    podName: pod?.name ?? token?.podName ?? DEFAULT_SCENARIO.podName,
    roleName,
    bucketNames: buckets.length > 0 ? buckets : DEFAULT_SCENARIO.bucketNames,
    kubernetesVersion: cluster?.version ?? DEFAULT_SCENARIO.kubernetesVersion,
    tokenExpirationSeconds: Math.min(86400, Math.max(600, expiration ?? 86400)),
    roleMaxSessionDurationSeconds: role?.maxSessionDuration ?? 3600,
    wiring,
  };

  // A name no rule accepts is the paste's fault: say so at the field it came from.
  for (const [field, message] of Object.entries(
    nameErrors(scenario, {
      accountId: accountId.from,
      region: region.from,
      namespace: namespace.from,
      serviceAccountName: saName.from,
      podName: pod ? 'pod' : 'token',
      roleName: requested.from,
      kubernetesVersion: 'cluster',
      roleMaxSessionDurationSeconds: 'role',
    }),
  ))
    fieldErrors[field as PasteField] ??= message;

  const clusterName = cluster?.name ?? UNKNOWN_CLUSTER;
  const ns = namespace.value;
  const podRef = pod?.name ?? 'POD_NAME';
  const readAs: ReadAs[] = sharedReadAs(read, nowSeconds);
  const assumptions: Assumption[] = sharedAssumptions({
    read,
    accountAssumed: accountId.from === 'assumed',
    roleName,
    trustPolicy: `the one \`eksctl create iamserviceaccount\` writes: this cluster's provider, sub system:serviceaccount:${ns}:${saName.value}, aud ${DEFAULT_AUDIENCE}`,
  });
  if (sa)
    readAs.push({
      field: 'serviceAccount',
      summary: `ServiceAccount ${sa.namespace}/${sa.name}, ${annotation ? `annotated ${annotation.key}: ${annotation.value}` : 'with no role annotation'}${wiring.tokenAudience !== DEFAULT_AUDIENCE && audience.from === 'serviceAccount' ? `, audience ${wiring.tokenAudience}` : ''}.`,
    });
  if (pod)
    readAs.push({
      field: 'pod',
      summary: `Pod ${pod.namespace}/${pod.name}, ServiceAccount ${pod.serviceAccountName}, ${mutated ? `mutated by the webhook: AWS_ROLE_ARN=${podEnv.AWS_ROLE_ARN}, token audience ${tokenVolume?.audience ?? DEFAULT_AUDIENCE}` : 'not mutated by the webhook (no AWS_ROLE_ARN or AWS_WEB_IDENTITY_TOKEN_FILE)'}${wiring.staticKeysInEnvironment ? ', with static AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in its environment' : ''}.`,
    });
  if (read.oidcProviders)
    readAs.push({
      field: 'oidcProviders',
      summary:
        read.oidcProviders.providers.length === 0
          ? 'No IAM OIDC providers at all.'
          : `${read.oidcProviders.providers.length} IAM OIDC provider(s); ${provider ? `one for this cluster's issuer${provider.clientIds ? `, client IDs ${provider.clientIds.join(', ')}` : ''}` : `none for ${hostPath}`}.`,
    });

  const assume = (field: PasteField, fact: string, assumed: string, command: string) =>
    assumptions.push({ field, fact, assumed, command });
  if (!issuer.value)
    assume(
      'cluster',
      "The cluster's OIDC issuer",
      guessed ? `${issuerUrl}, ${guessed.why}` : issuerUrl,
      `aws eks describe-cluster --name ${clusterName} --query cluster.identity.oidc.issuer --output text`,
    );
  if (!sa && !mutated)
    assume(
      'serviceAccount',
      "The ServiceAccount's role annotation",
      `${ROLE_ARN_ANNOTATION}: ${requested.value}`,
      `kubectl get serviceaccount ${saName.value} -n ${ns} -o yaml`,
    );
  if (!pod)
    assume(
      'pod',
      'The pod as it runs',
      'mutated by the webhook (AWS_ROLE_ARN, AWS_WEB_IDENTITY_TOKEN_FILE and the aws-iam-token volume), with no static AWS keys, its SDK new enough for web identity',
      `kubectl get pod ${podRef} -n ${ns} -o yaml`,
    );
  if (!read.oidcProviders)
    assume(
      'oidcProviders',
      `An IAM OIDC provider for the issuer in account ${roleAccount}`,
      `one exists, with client ID ${DEFAULT_AUDIENCE}`,
      'aws iam list-open-id-connect-providers',
    );
  else if (provider && !provider.clientIds)
    assume(
      'oidcProviders',
      "The provider's client IDs (audiences)",
      DEFAULT_AUDIENCE,
      `aws iam get-open-id-connect-provider --open-id-connect-provider-arn arn:aws:iam::${roleAccount}:oidc-provider/${hostPath}`,
    );
  if (!token)
    assume(
      'token',
      "The pod's token",
      'fresh, with the claims the kubelet writes for this pod',
      `kubectl exec -n ${ns} ${podRef} -- cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token`,
    );

  return {
    scenario,
    names: {
      clusterName,
      deploymentName: deploymentOf(pod?.ownerReplicaSet ?? null),
      issuer: issuerUrl,
      requestedRoleArn: requested.value,
    },
    readAs,
    assumptions,
    fieldErrors,
  };
}
