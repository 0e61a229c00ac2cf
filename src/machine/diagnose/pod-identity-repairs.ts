/** The EKS Pod Identity causes Diagnose can name: repairs of the world, proved by a run. */
import { POD_IDENTITY_TRUST_POLICY } from '../../sim/pod-identity/policies';
import type { PodIdentityScenario } from '../../sim/pod-identity/scenario';
import { command } from '../generate/shell';
import { allowListBuckets, restartStep, trustPolicySteps, type Repair } from './repair';

type S = PodIdentityScenario;
const wire = (s: S, w: Partial<S['wiring']>): S => ({ ...s, wiring: { ...s.wiring, ...w } });

export const POD_IDENTITY_REPAIRS: Repair<S>[] = [
  {
    id: 'create-association',
    applies: (_, s) => s.wiring.association !== 'exists',
    apply: (_, s) => wire(s, { association: 'exists' }),
    fix: (world, s) => {
      // The pasted association names this pod's ServiceAccount: it was only created too late.
      const matches = world.names.associationMatches === true;
      return {
        title: matches
          ? 'Recreate the pod'
          : `Create the pod identity association for ${s.namespace}/${s.serviceAccountName}`,
        cause: matches
          ? `The association exists, but the pod has no AWS_CONTAINER_CREDENTIALS_FULL_URI: it started before the association was created, and the webhook changes pods only when they are created. Without the variable the SDK falls back to the node's instance role, which S3 refuses.`
          : `No pod identity association names ${s.namespace}/${s.serviceAccountName} on ${s.clusterName}, so the webhook gives the pod nothing and the agent has no role for it. The SDK falls back to the node's instance role, which S3 refuses.`,
        steps: [
          ...(matches
            ? []
            : [
                {
                  text: 'Create the association:',
                  code: command('aws eks create-pod-identity-association', [
                    ['--cluster-name', s.clusterName],
                    ['--namespace', s.namespace],
                    ['--service-account', s.serviceAccountName],
                    ['--role-arn', world.names.requestedRoleArn],
                  ]),
                  language: 'shell' as const,
                },
              ]),
          restartStep(world, s.namespace, s.podName),
        ],
        field: matches ? 'pod' : 'association',
      };
    },
  },
  {
    id: 'pod-identity-trust-policy',
    applies: (_, s) => s.wiring.trustPolicy !== null,
    apply: (_, s) => wire(s, { trustPolicy: POD_IDENTITY_TRUST_POLICY }),
    fix: (_, s) => ({
      title: "Trust pods.eks.amazonaws.com in the role's trust policy",
      cause: `EKS Auth assumes ${s.roleName} as the service principal pods.eks.amazonaws.com, with sts:AssumeRole and sts:TagSession (it always tags the session). The trust policy of ${s.roleName} does not allow both to that principal, so STS refuses.`,
      steps: trustPolicySteps(
        s.roleName,
        POD_IDENTITY_TRUST_POLICY,
        "Save this trust policy (the EKS User Guide's) as trust-policy.json:",
      ),
      field: 'role',
    }),
  },
  allowListBuckets(),
];
