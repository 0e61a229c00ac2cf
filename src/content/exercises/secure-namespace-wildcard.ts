import { trustPolicyForSub } from '../scenarios/policies';
import { PIN_INTENDED_SUB, PIN_INTENDED_SUB_LIKE } from './policies';
import type { EditExercise } from './types';

export const secureNamespaceWildcard: EditExercise = {
  id: 'secure-namespace-wildcard',
  group: 'security',
  kind: 'secure',
  title: 'Every ServiceAccount of the namespace',
  brief:
    'The trust policy says StringLike :sub "system:serviceaccount:default:*", so every ServiceAccount in default, including ones created later, can assume the role. Only default/my-service-account needs it. Tighten the trust policy.',
  start: {
    flow: 'irsa',
    entry: null,
    changes: {
      wiring: { trustPolicy: trustPolicyForSub('system:serviceaccount:default:*', 'StringLike') },
    },
  },
  hints: [
    'What does * match in StringLike?',
    'Name the ServiceAccount instead of matching any name.',
    'StringEquals :sub "system:serviceaccount:default:my-service-account".',
  ],
  explanation:
    'With the wildcard, default/intruder and any future ServiceAccount in default get credentials instead of AccessDenied at step 4. Naming the one ServiceAccount, system:serviceaccount:default:my-service-account, with StringEquals (or StringLike without a wildcard, which then matches exactly) refuses them all.',
  editable: ['trustPolicy'],
  attackers: [
    {
      label: 'default/intruder (another ServiceAccount)',
      names: { serviceAccountName: 'intruder', podName: 'intruder' },
    },
    {
      label: 'default/build-bot (a ServiceAccount created later)',
      names: { serviceAccountName: 'build-bot', podName: 'build-bot' },
    },
  ],
  solution: PIN_INTENDED_SUB,
  alsoCorrect: [PIN_INTENDED_SUB_LIKE],
  wrong: [
    // StringEquals does not expand *: the intended pod is refused too.
    { wiring: { trustPolicy: trustPolicyForSub('system:serviceaccount:default:*') } },
    // A narrower wildcard still matches build-bot (any name with a hyphen).
    {
      wiring: { trustPolicy: trustPolicyForSub('system:serviceaccount:default:*-*', 'StringLike') },
    },
  ],
};
