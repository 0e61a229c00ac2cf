import {
  PIN_INTENDED_SUB,
  TRUST_POLICY_BOTH_STATEMENTS_PINNED,
  TRUST_POLICY_LOOSE_SECOND_STATEMENT,
  TRUST_POLICY_SECOND_STATEMENT_ANY_SUB,
} from './policies';
import type { EditExercise } from './types';

export const secureSecondStatement: EditExercise = {
  id: 'secure-second-statement',
  group: 'security',
  kind: 'secure',
  title: 'A second statement left from debugging',
  brief:
    'The trust policy\'s first statement, "App", pins :sub to system:serviceaccount:default:my-service-account. A second one, "Debugging", added while chasing an error, pins only :aud. Make the role trust default/my-service-account alone.',
  start: {
    flow: 'irsa',
    entry: null,
    changes: { wiring: { trustPolicy: TRUST_POLICY_LOOSE_SECOND_STATEMENT } },
  },
  hints: [
    'A request is allowed when some statement allows it. Does "App" being strict restrict "Debugging"?',
    'Statements are alternatives: the loosest one decides who gets in.',
    'Delete the "Debugging" statement, or give it the same :sub condition.',
  ],
  explanation:
    'Every pod of the cluster got credentials instead of AccessDenied at step 4: a request is allowed when any statement allows it (and none denies it), so the strict "App" statement restricts nothing while "Debugging" matches every token for sts.amazonaws.com. Remove the loose statement, or pin :sub in it too.',
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
  alsoCorrect: [{ wiring: { trustPolicy: TRUST_POLICY_BOTH_STATEMENTS_PINNED } }],
  wrong: [
    // A :sub condition that matches every ServiceAccount is no condition.
    { wiring: { trustPolicy: TRUST_POLICY_SECOND_STATEMENT_ANY_SUB } },
  ],
};
