import { trustPolicyForSub, TRUST_POLICY_WITHOUT_SUB } from './policies';
import type { CatalogueEntry } from './types';

export const attackNoSubCondition: CatalogueEntry = {
  id: 'attack-no-sub-condition',
  title: 'Attack: trust policy without a sub condition',
  kind: 'attack',
  // The attacker runs their own pod with their own ServiceAccount, annotated with the role.
  changes: {
    names: { serviceAccountName: 'untrusted-app', podName: 'untrusted-app' },
    wiring: { trustPolicy: TRUST_POLICY_WITHOUT_SUB },
  },
  expected: { step: 6, awsCode: null, message: null },
  cause:
    'The trust policy pins only aud, so any service account in the cluster whose token is for sts.amazonaws.com can assume the role. Here a pod with the ServiceAccount untrusted-app, which was never meant to have it, lists the buckets.',
  flag: 'Security hole: no condition on :sub. Anyone who can create a ServiceAccount and a pod in this cluster can assume this role.',
  fix: {
    summary: 'Pin sub to the intended service account: the attacker is then denied',
    changes: {
      wiring: {
        trustPolicy: trustPolicyForSub('system:serviceaccount:{{namespace}}:my-service-account'),
      },
    },
  },
  verify: [
    'aws iam get-role --role-name {{roleName}} --query Role.AssumeRolePolicyDocument',
    'aws iam list-roles --query "Roles[?contains(to_string(AssumeRolePolicyDocument), \'oidc.eks\')].RoleName"',
  ],
};
