import { TRUST_POLICY_WITHOUT_SUB, trustPolicyForSub } from '../scenarios/policies';
import { PIN_INTENDED_SUB, PIN_INTENDED_SUB_LIKE } from './policies';
import type { EditExercise } from './types';

export const fixSubNamespace: EditExercise = {
  id: 'fix-sub-namespace',
  group: 'troubleshooting',
  kind: 'fix',
  title: 'The trust policy names another namespace',
  brief:
    'The pod default/my-service-account gets AccessDenied from STS at step 4. Make it list its buckets, without trusting any other pod: another ServiceAccount, or the same name in another namespace, must still be refused.',
  start: { flow: 'irsa', entry: 'sub-other-namespace' },
  hints: [
    "Step 4 is the trust policy: compare its :sub value with the token's sub claim (Token tab).",
    'sub is system:serviceaccount:<namespace>:<serviceaccount>, exactly. Which part differs?',
    'Either name the pod\'s namespace, "default", in the :sub condition, or run the pod in the namespace the policy names.',
  ],
  explanation:
    "AccessDenied at step 4 means the token verified but no statement of the trust policy matched it. The condition said system:serviceaccount:production:my-service-account while the pod runs in default, so StringEquals on :sub failed. Naming the pod's own namespace and ServiceAccount exactly lets it in and nobody else; a wildcard or a missing :sub would let other pods in too.",
  editable: ['trustPolicy', 'namespace'],
  attackers: [
    {
      label: 'default/intruder (another ServiceAccount)',
      names: { serviceAccountName: 'intruder', podName: 'intruder' },
    },
    { label: 'staging/my-service-account (another namespace)', names: { namespace: 'staging' } },
  ],
  solution: PIN_INTENDED_SUB,
  alsoCorrect: [
    // Move the pod to the namespace the policy trusts.
    { names: { namespace: 'production' } },
    // StringLike without a wildcard matches exactly, like StringEquals.
    PIN_INTENDED_SUB_LIKE,
  ],
  wrong: [
    { wiring: { trustPolicy: TRUST_POLICY_WITHOUT_SUB } },
    {
      wiring: {
        trustPolicy: trustPolicyForSub('system:serviceaccount:*:my-service-account', 'StringLike'),
      },
    },
    { wiring: { trustPolicy: trustPolicyForSub('system:serviceaccount:default:*') } },
  ],
};
