/**
 * The IRSA causes Diagnose can name, each as a repair of the world and the fix that makes it in
 * the user's own names. A repair only counts when the engine, run again with it, gets further
 * (`diagnose.ts`): the fix shown is one the run has proved.
 */
import { generateTrustPolicy } from '../../sim/iam/generate-policies';
import { ROLE_ARN_ANNOTATION } from '../../sim/kubernetes/types';
import type { Scenario } from '../../sim/scenario';
import { command } from '../generate/shell';
import { fixTrustPolicy, type TrustTarget } from './fix-trust-policy';
import { allowListBuckets, restartStep, trustPolicySteps, type Repair } from './repair';
import type { DiagnosisFix } from './types';

const wire = (s: Scenario, w: Partial<Scenario['wiring']>): Scenario => ({
  ...s,
  wiring: { ...s.wiring, ...w },
});
const roleAccount = (s: Scenario) => s.wiring.roleAccountId ?? s.accountId;
const roleArnOf = (s: Scenario) => `arn:aws:iam::${roleAccount(s)}:role/${s.roleName}`;
const hostPath = (s: Scenario) => `oidc.eks.${s.region}.amazonaws.com/id/${s.clusterOidcId}`;
const providerArn = (s: Scenario) => `arn:aws:iam::${roleAccount(s)}:oidc-provider/${hostPath(s)}`;
const subject = (s: Scenario) => `system:serviceaccount:${s.namespace}:${s.serviceAccountName}`;
const target = (s: Scenario): TrustTarget => ({
  providerArn: providerArn(s),
  hostPath: hostPath(s),
  sub: subject(s),
  aud: s.wiring.tokenAudience,
});

function trustFix(s: Scenario, policy: string, cause: string): Omit<DiagnosisFix, 'id'> {
  return {
    title: "Trust this pod in the role's trust policy",
    cause,
    steps: trustPolicySteps(s.roleName, policy, 'Save this trust policy as trust-policy.json:'),
    field: 'role',
  };
}

export const IRSA_REPAIRS: Repair<Scenario>[] = [
  {
    id: 'annotate-service-account',
    applies: (_, s) => s.wiring.annotationKey !== ROLE_ARN_ANNOTATION,
    apply: (_, s) =>
      wire(s, { annotationKey: ROLE_ARN_ANNOTATION, podCreatedBeforeAnnotation: false }),
    fix: (world, s) => {
      const typo = s.wiring.annotationKey;
      return {
        title: `Annotate the ServiceAccount with ${ROLE_ARN_ANNOTATION}`,
        cause: `${typo ? `The ServiceAccount ${s.namespace}/${s.serviceAccountName} is annotated ${typo}, but the webhook reads only ${ROLE_ARN_ANNOTATION}` : `The ServiceAccount ${s.namespace}/${s.serviceAccountName} has no ${ROLE_ARN_ANNOTATION} annotation`}, so it leaves the pod alone. Without AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE the SDK never calls STS: its credential chain ends at the node's instance role, which S3 refuses.`,
        steps: [
          {
            text: 'Annotate the ServiceAccount with the role:',
            code: `kubectl annotate serviceaccount ${s.serviceAccountName} -n ${s.namespace} --overwrite ${ROLE_ARN_ANNOTATION}=${world.names.requestedRoleArn}${typo ? ` ${typo}-` : ''}`,
            language: 'shell',
          },
          restartStep(world, s.namespace, s.podName),
        ],
        field: 'serviceAccount',
      };
    },
  },
  {
    id: 'recreate-pod',
    applies: (_, s) => s.wiring.podCreatedBeforeAnnotation,
    apply: (_, s) => wire(s, { podCreatedBeforeAnnotation: false }),
    fix: (world, s) => ({
      title: 'Recreate the pod',
      cause: `The pod ${s.namespace}/${s.podName} has no AWS_ROLE_ARN or AWS_WEB_IDENTITY_TOKEN_FILE: the webhook did not change it. That happens when the pod was created before the ServiceAccount was annotated, or together with it (the webhook's cache had not seen the ServiceAccount yet). Its SDK falls back to the node's instance role, which S3 refuses.`,
      steps: [restartStep(world, s.namespace, s.podName)],
      field: 'pod',
    }),
  },
  {
    id: 'fix-role-arn',
    applies: (world, s) =>
      world.names.requestedRoleArn !== roleArnOf(s) &&
      s.wiring.annotationKey === ROLE_ARN_ANNOTATION,
    apply: (_, s) => wire(s, { roleArnAnnotation: roleArnOf(s) }),
    fix: (world, s) => ({
      title: 'Correct the role ARN',
      cause: `The pod asks for ${world.names.requestedRoleArn}, which is not a valid role ARN: it should read ${roleArnOf(s)} (arn:aws:iam::ACCOUNT:role/NAME, with two colons before the account). STS rejects the request before it looks at the token.`,
      steps: [
        {
          text: 'Annotate the ServiceAccount with the right ARN:',
          code: `kubectl annotate serviceaccount ${s.serviceAccountName} -n ${s.namespace} --overwrite ${ROLE_ARN_ANNOTATION}=${roleArnOf(s)}`,
          language: 'shell',
        },
        restartStep(world, s.namespace, s.podName),
      ],
      field: 'serviceAccount',
    }),
  },
  {
    id: 'remove-static-keys',
    applies: (_, s) => s.wiring.staticKeysInEnvironment,
    apply: (_, s) => wire(s, { staticKeysInEnvironment: false }),
    fix: (world, s) => ({
      title: 'Remove the static AWS keys from the pod',
      cause: `The pod's environment has AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY. Every SDK reads them before web identity, so the pod acts as that IAM user, never as ${s.roleName}.`,
      steps: [
        world.names.deploymentName
          ? {
              text: 'Remove them from the Deployment (this also restarts its pods):',
              code: `kubectl set env deployment/${world.names.deploymentName} -n ${s.namespace} AWS_ACCESS_KEY_ID- AWS_SECRET_ACCESS_KEY-`,
              language: 'shell',
            }
          : {
              text: 'Remove AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from the pod template that creates this pod, then recreate the pod.',
            },
        {
          text: "Deactivate that user's access key too: it was readable by anyone who could read the pod spec.",
        },
      ],
      field: 'pod',
    }),
  },
  {
    id: 'create-oidc-provider',
    applies: (_, s) => !s.wiring.oidcProviderRegistered,
    apply: (_, s) =>
      wire(s, { oidcProviderRegistered: true, providerClientIds: ['sts.amazonaws.com'] }),
    fix: (world, s) => {
      const crossAccount = s.wiring.roleAccountId !== null;
      return {
        title: `Create the IAM OIDC provider for the cluster in account ${roleAccount(s)}`,
        cause: `Account ${roleAccount(s)} has no IAM OIDC provider for ${world.names.issuer}. STS looks the token's issuer up among the providers of the role's account and, finding none, rejects the token before it checks anything else.`,
        steps: [
          crossAccount || world.names.clusterName === 'CLUSTER_NAME'
            ? {
                text: `With credentials for account ${roleAccount(s)}:`,
                code: command('aws iam create-open-id-connect-provider', [
                  ['--url', world.names.issuer],
                  ['--client-id-list', 'sts.amazonaws.com'],
                ]),
                language: 'shell',
              }
            : {
                text: 'Create it with eksctl (or with `aws iam create-open-id-connect-provider`):',
                code: `eksctl utils associate-iam-oidc-provider --cluster ${world.names.clusterName} --region ${s.region} --approve`,
                language: 'shell',
              },
        ],
        field: 'oidcProviders',
      };
    },
  },
  {
    id: 'add-client-id',
    applies: (_, s) =>
      s.wiring.tokenAudience === 'sts.amazonaws.com' &&
      !s.wiring.providerClientIds.includes('sts.amazonaws.com'),
    apply: (_, s) =>
      wire(s, { providerClientIds: [...s.wiring.providerClientIds, 'sts.amazonaws.com'] }),
    fix: (_, s) => ({
      title: "Add sts.amazonaws.com to the provider's client IDs",
      cause: `The token's aud is sts.amazonaws.com, but the provider lists only ${s.wiring.providerClientIds.join(', ') || 'no client IDs'}. STS accepts a token only when its aud is one of the provider's client IDs ("Incorrect token audience").`,
      steps: [
        {
          text: 'Add the audience:',
          code: command('aws iam add-client-id-to-open-id-connect-provider', [
            ['--open-id-connect-provider-arn', providerArn(s)],
            ['--client-id', 'sts.amazonaws.com'],
          ]),
          language: 'shell',
        },
      ],
      field: 'oidcProviders',
    }),
  },
  {
    id: 'default-token-audience',
    applies: (_, s) =>
      s.wiring.tokenAudience !== 'sts.amazonaws.com' &&
      !s.wiring.providerClientIds.includes(s.wiring.tokenAudience),
    apply: (_, s) => wire(s, { tokenAudience: 'sts.amazonaws.com' }),
    fix: (world, s) => ({
      title: 'Give the token the audience sts.amazonaws.com',
      cause: `The pod's token is issued for the audience ${s.wiring.tokenAudience}, which the provider does not list (it lists ${s.wiring.providerClientIds.join(', ')}). STS answers "Incorrect token audience".`,
      steps: [
        {
          text: 'Remove the audience annotation, so the webhook requests sts.amazonaws.com:',
          code: `kubectl annotate serviceaccount ${s.serviceAccountName} -n ${s.namespace} eks.amazonaws.com/audience-`,
          language: 'shell',
        },
        restartStep(world, s.namespace, s.podName),
      ],
      field: 'serviceAccount',
    }),
  },
  {
    id: 'fresh-token',
    applies: (_, s) => s.wiring.tokenAgeSeconds >= s.tokenExpirationSeconds,
    apply: (_, s) => wire(s, { tokenAgeSeconds: 0 }),
    fix: (world, s) => ({
      title: 'Use a fresh token',
      cause: `The pasted token expired before now. The kubelet rewrites the token file well before it expires and the SDK rereads the file, so a running pod should never send an expired one; a token copied out of the pod, or a pod whose kubelet cannot refresh it, does.`,
      steps: [
        {
          text: 'Read the token from the file at the moment you use it, never from a copy. If the file itself holds an expired token, recreate the pod:',
        },
        restartStep(world, s.namespace, s.podName),
      ],
      field: 'token',
    }),
  },
  {
    id: 'edit-trust-policy',
    applies: (_, s) => s.wiring.trustPolicy !== null,
    apply: (_, s) =>
      wire(s, {
        trustPolicy:
          fixTrustPolicy(s.wiring.trustPolicy!, target(s))?.policy ?? s.wiring.trustPolicy,
      }),
    fix: (_, s) => {
      const edit = fixTrustPolicy(s.wiring.trustPolicy!, target(s))!;
      return trustFix(
        s,
        edit.policy,
        `The trust policy of ${s.roleName} does not let this pod in. ${edit.changes.join(' ')}`,
      );
    },
  },
  {
    id: 'replace-trust-policy',
    applies: (_, s) => s.wiring.trustPolicy !== null,
    apply: (_, s) => wire(s, { trustPolicy: generated(s) }),
    fix: (_, s) =>
      trustFix(
        s,
        generated(s),
        `The trust policy of ${s.roleName} does not let this pod in, and no small edit of it does (an explicit Deny, or conditions the token can never meet). This is the policy eksctl writes for ${subject(s)}; if the role trusts other pods, add their statements back.`,
      ),
  },
  allowListBuckets(),
];

function generated(s: Scenario): string {
  return generateTrustPolicy({
    providerArn: providerArn(s),
    issuer: `https://${hostPath(s)}`,
    subject: subject(s),
    audience: s.wiring.tokenAudience,
  });
}
