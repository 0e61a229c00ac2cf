import { trustPolicyForSub } from './policies';
import { GET_TRUST_POLICY, DENIED, RESTORE_TRUST } from './shared';
import type { CatalogueEntry } from './types';

export const wildcardInStringEquals: CatalogueEntry = {
  id: 'wildcard-in-string-equals',
  title: 'Wildcard inside StringEquals',
  kind: 'breaks',
  changes: {
    wiring: { trustPolicy: trustPolicyForSub('system:serviceaccount:{{namespace}}:*') },
  },
  expected: { step: 4, awsCode: 'AccessDenied', message: DENIED },
  cause:
    'StringEquals compares exactly: the "*" is a literal character, so system:serviceaccount:{{namespace}}:* matches no real token. Wildcards need StringLike, and a namespace-wide wildcard also lets every future service account in it assume the role.',
  fix: RESTORE_TRUST,
  verify: [GET_TRUST_POLICY],
};
