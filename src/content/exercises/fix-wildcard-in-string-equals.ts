import { TRUST_POLICY_WITHOUT_SUB, trustPolicyForSub } from '../scenarios/policies';
import { PIN_INTENDED_SUB, PIN_INTENDED_SUB_LIKE } from './policies';
import type { EditExercise } from './types';

export const fixWildcardInStringEquals: EditExercise = {
  id: 'fix-wildcard-in-string-equals',
  group: 'security',
  kind: 'fix',
  title: 'A wildcard inside StringEquals',
  brief:
    'The trust policy says StringEquals :sub "system:serviceaccount:default:*", and the pod default/my-service-account gets AccessDenied at step 4. Make it work without letting any other ServiceAccount in: the tempting fix is the insecure one.',
  start: { flow: 'irsa', entry: 'wildcard-in-string-equals' },
  hints: [
    "How does StringEquals compare the * with the token's sub?",
    'StringEquals compares exactly: * is a literal character there. Which operator treats it as a wildcard, and what would it then let in?',
    'Name the ServiceAccount exactly: system:serviceaccount:default:my-service-account.',
  ],
  explanation:
    'AccessDenied at step 4: StringEquals compares exactly, so "system:serviceaccount:default:*" matches only a sub that really ends in "*", which no token has. Switching to StringLike would make it work, and also let every ServiceAccount of default in. Naming the one ServiceAccount exactly lets the pod in and nobody else.',
  editable: ['trustPolicy'],
  attackers: [
    {
      label: 'default/intruder (another ServiceAccount)',
      names: { serviceAccountName: 'intruder', podName: 'intruder' },
    },
    { label: 'staging/my-service-account (another namespace)', names: { namespace: 'staging' } },
  ],
  solution: PIN_INTENDED_SUB,
  alsoCorrect: [PIN_INTENDED_SUB_LIKE],
  wrong: [
    // Works, and trusts every ServiceAccount of default.
    { wiring: { trustPolicy: trustPolicyForSub('system:serviceaccount:default:*', 'StringLike') } },
    // Works, and trusts every ServiceAccount of the cluster.
    { wiring: { trustPolicy: TRUST_POLICY_WITHOUT_SUB } },
  ],
};
