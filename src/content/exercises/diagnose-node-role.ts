import { trustPolicyForSub } from '../scenarios/policies';
import type { DiagnoseExercise } from './types';

export const diagnoseNodeRole: DiagnoseExercise = {
  id: 'diagnose-node-role',
  group: 'troubleshooting',
  kind: 'diagnose',
  title: 'AccessDenied as the node role',
  brief:
    'The application logs: "User: arn:aws:sts::111122223333:assumed-role/eks-node-role/i-… is not authorized to perform: s3:ListAllMyBuckets". The ServiceAccount was annotated for the role s3-reader.',
  start: { flow: 'irsa', entry: 'annotation-key-typo' },
  question: 'What is the cause?',
  choices: [
    {
      label: 'The annotation key is misspelt, so the webhook never mutated the pod',
      cure: { entryFix: 'annotation-key-typo' },
      misconception: '',
    },
    {
      label: "The role's permission policy does not allow s3:ListAllMyBuckets",
      cure: { changes: { wiring: { permissionPolicy: null } } },
      misconception:
        'The message names eks-node-role, not s3-reader: the pod never assumed the role, so its permissions were never consulted.',
    },
    {
      label: 'The trust policy names another ServiceAccount',
      cure: {
        changes: {
          wiring: {
            trustPolicy: trustPolicyForSub(
              'system:serviceaccount:{{namespace}}:{{serviceAccount}}',
            ),
          },
        },
      },
      misconception:
        'A trust policy that refuses the token ends at step 4 with AccessDenied for sts:AssumeRoleWithWebIdentity; here STS was never called.',
    },
    {
      label: 'The cluster has no IAM OIDC provider',
      cure: { changes: { wiring: { oidcProviderRegistered: true } } },
      misconception:
        'Without a provider STS answers InvalidIdentityToken at step 2; here the SDK never reached STS.',
    },
  ],
  hints: [
    'Whose identity does the error name?',
    'The pod acted as the node role: its SDK found no AWS_ROLE_ARN and fell through to IMDS. What puts AWS_ROLE_ARN there?',
  ],
  explanation:
    "AccessDenied as assumed-role/eks-node-role: the SDK used the node's instance role, because the pod-identity webhook did not mutate the pod. It reacts only to eks.amazonaws.com/role-arn; the ServiceAccount said role_arn. Fix the key and recreate the pod.",
};
