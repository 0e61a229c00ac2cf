import { trustPolicyForSub } from '../scenarios/policies';
import { PIN_INTENDED_SUB, PIN_INTENDED_SUB_LIKE } from './policies';
import type { EditExercise } from './types';

export const secureAnyNamespace: EditExercise = {
  id: 'secure-any-namespace',
  group: 'security',
  kind: 'secure',
  title: 'Any ServiceAccount in any namespace',
  brief:
    'The trust policy says StringLike :sub "system:serviceaccount:*:*". The intended pod, default/my-service-account, works; so does every other pod in the cluster, whatever its namespace. Tighten the trust policy so that only default/my-service-account gets credentials.',
  start: {
    flow: 'irsa',
    entry: null,
    changes: {
      wiring: { trustPolicy: trustPolicyForSub('system:serviceaccount:*:*', 'StringLike') },
    },
  },
  hints: [
    'The sub has two parts the wildcards stand for. Which pods does each * let in?',
    'A wildcard on either part leaves a way in: the same name in another namespace, or another name in this one.',
    'Pin both: "system:serviceaccount:default:my-service-account".',
  ],
  explanation:
    'Every pod got credentials where it should get AccessDenied at step 4: * matches any namespace and any ServiceAccount. A namespace is no boundary for the name either: anyone who may create a ServiceAccount called my-service-account in another namespace would match "system:serviceaccount:*:my-service-account". Pin both parts exactly.',
  editable: ['trustPolicy'],
  attackers: [
    {
      label: 'default/intruder (another ServiceAccount)',
      names: { serviceAccountName: 'intruder', podName: 'intruder' },
    },
    {
      label: 'staging/my-service-account (another namespace)',
      names: { namespace: 'staging' },
    },
    {
      label: 'kube-system/build-bot (another namespace and ServiceAccount)',
      names: { namespace: 'kube-system', serviceAccountName: 'build-bot', podName: 'build-bot' },
    },
  ],
  solution: PIN_INTENDED_SUB,
  alsoCorrect: [PIN_INTENDED_SUB_LIKE],
  wrong: [
    // The name pinned, any namespace: staging/my-service-account still gets in.
    {
      wiring: {
        trustPolicy: trustPolicyForSub('system:serviceaccount:*:my-service-account', 'StringLike'),
      },
    },
    // The namespace pinned, any name: default/intruder still gets in.
    { wiring: { trustPolicy: trustPolicyForSub('system:serviceaccount:default:*', 'StringLike') } },
  ],
};
