import { TRUST_POLICY_WITHOUT_SUB, trustPolicyForSub } from '../scenarios/policies';
import { PIN_INTENDED_SUB, PIN_INTENDED_SUB_LIKE } from './policies';
import type { EditExercise } from './types';

export const secureNoSub: EditExercise = {
  id: 'secure-no-sub',
  group: 'security',
  kind: 'secure',
  title: 'A trust policy with no sub condition',
  brief:
    "The role trusts the cluster's provider and pins only :aud. The intended pod, default/my-service-account, works, but so does any other pod in the cluster. Tighten the trust policy so that only default/my-service-account gets credentials.",
  start: {
    flow: 'irsa',
    entry: null,
    changes: { wiring: { trustPolicy: TRUST_POLICY_WITHOUT_SUB } },
  },
  hints: [
    'Every pod in the cluster gets a token with aud sts.amazonaws.com. What in the token is different for each pod?',
    'The sub claim: system:serviceaccount:<namespace>:<serviceaccount>.',
    'Add "<issuer host/path>:sub": "system:serviceaccount:default:my-service-account" to the StringEquals block.',
  ],
  explanation:
    'Without a :sub condition the role answers any token the cluster signs for sts.amazonaws.com: anyone who can create a ServiceAccount and a pod can assume it, and STS returns credentials instead of AccessDenied. Pinning :sub with StringEquals to system:serviceaccount:default:my-service-account makes every other pod end at step 4 with AccessDenied.',
  editable: ['trustPolicy'],
  attackers: [
    {
      label: 'default/intruder (another ServiceAccount)',
      names: { serviceAccountName: 'intruder', podName: 'intruder' },
    },
    {
      label: 'kube-system/my-service-account (another namespace)',
      names: { namespace: 'kube-system' },
    },
  ],
  solution: PIN_INTENDED_SUB,
  alsoCorrect: [PIN_INTENDED_SUB_LIKE],
  wrong: [
    { wiring: { trustPolicy: trustPolicyForSub('system:serviceaccount:default:*', 'StringLike') } },
    {
      wiring: { trustPolicy: trustPolicyForSub('system:serviceaccount:default:my-service-acount') },
    },
  ],
};
