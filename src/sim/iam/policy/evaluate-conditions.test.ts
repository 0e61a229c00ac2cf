// Evaluator table, part 2: the IRSA trust policy, string operators, missing keys, IfExists and
// Null, from the IAM user guide (condition operators) and the EKS guide; docs/aws-facts.md, "IAM: policy evaluation".
import { describe, it } from 'vitest';
import {
  AUD,
  GUIDE_TRUST,
  MY_SA,
  SUB,
  allowIf,
  check,
  denyIf,
  irsa,
  trust,
  withKeys,
  type Row,
} from './test-helpers';

const ns = (namespace: string, sa = 'my-service-account'): string =>
  `system:serviceaccount:${namespace}:${sa}`;

const irsaRows: Row[] = [
  {
    rule: 'IRSA: the guide trust policy admits its service account',
    policies: [GUIDE_TRUST],
    request: irsa(),
    decision: 'Allow',
    condition: { passed: true },
  },
  {
    rule: 'IRSA: same SA name in another namespace is refused',
    policies: [GUIDE_TRUST],
    request: irsa(ns('prod')),
    decision: 'ImplicitDeny',
    condition: {
      passed: false,
      explains: /does not match "system:serviceaccount:default:my-service-account"\./,
    },
  },
  {
    rule: 'IRSA: another SA in the same namespace is refused',
    policies: [GUIDE_TRUST],
    request: irsa(ns('default', 'other-sa')),
    decision: 'ImplicitDeny',
    condition: { passed: false },
  },
  {
    rule: 'IRSA: wrong audience fails the :aud condition',
    policies: [GUIDE_TRUST],
    request: irsa(MY_SA, 'sts.amazon.com'),
    decision: 'ImplicitDeny',
    condition: { index: 1, passed: false },
  },
  {
    rule: 'IRSA: a wildcard inside StringEquals is literal and never matches',
    policies: [trust({ StringEquals: { [SUB]: 'system:serviceaccount:default:*' } })],
    request: irsa(),
    decision: 'ImplicitDeny',
    condition: {
      passed: false,
      explains: /StringEquals has no wildcards: "\*" and "\?" are literal/,
    },
  },
  {
    rule: 'IRSA: the same pattern under StringLike matches',
    policies: [trust({ StringLike: { [SUB]: 'system:serviceaccount:default:*' } })],
    request: irsa(),
    decision: 'Allow',
    condition: { passed: true },
  },
  {
    rule: 'IRSA: a namespace-wide StringLike still refuses other namespaces',
    policies: [trust({ StringLike: { [SUB]: 'system:serviceaccount:default:*' } })],
    request: irsa(ns('kube-system', 'x')),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'IRSA: no :sub condition admits any service account in the cluster',
    policies: [trust({ StringEquals: { [AUD]: 'sts.amazonaws.com' } })],
    request: irsa(ns('kube-system', 'anything')),
    decision: 'Allow',
  },
  {
    rule: 'IRSA: several subjects under one key are OR',
    policies: [trust({ StringEquals: { [SUB]: [ns('a'), MY_SA] } })],
    request: irsa(),
    decision: 'Allow',
  },
];

const stringRows: Row[] = [
  {
    rule: 'StringEquals is case-sensitive on values',
    policies: [GUIDE_TRUST],
    request: irsa(MY_SA.replace('system', 'System')),
    decision: 'ImplicitDeny',
    condition: { passed: false, explains: /differ only in case/ },
  },
  {
    rule: 'condition key names are case-insensitive',
    policies: [trust({ StringEquals: { [SUB.toUpperCase()]: MY_SA } })],
    request: irsa(),
    decision: 'Allow',
    condition: { passed: true },
  },
  {
    rule: 'StringNotEquals: listed value → false',
    policies: denyIf({ StringNotEquals: { 'aws:PrincipalTag/team': 'blue' } }),
    request: withKeys({ 'aws:PrincipalTag/team': ['blue'] }),
    decision: 'Allow',
    condition: { statement: 1, passed: false },
  },
  {
    rule: 'StringNotEquals: other value → true',
    policies: denyIf({ StringNotEquals: { 'aws:PrincipalTag/team': 'blue' } }),
    request: withKeys({ 'aws:PrincipalTag/team': ['red'] }),
    decision: 'ExplicitDeny',
    condition: { statement: 1, passed: true },
  },
  {
    rule: 'StringNotEquals with several values: must match none (AND of negations)',
    policies: denyIf({ StringNotEquals: { 'aws:PrincipalTag/team': ['blue', 'red'] } }),
    request: withKeys({ 'aws:PrincipalTag/team': ['red'] }),
    decision: 'Allow',
    condition: { statement: 1, passed: false },
  },
  {
    rule: 'StringNotEquals with several values: a value outside all → true',
    policies: denyIf({ StringNotEquals: { 'aws:PrincipalTag/team': ['blue', 'red'] } }),
    request: withKeys({ 'aws:PrincipalTag/team': ['green'] }),
    decision: 'ExplicitDeny',
  },
  {
    rule: 'StringEqualsIgnoreCase ignores case',
    policies: [allowIf({ StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'BLUE' } })],
    request: withKeys({ 'aws:PrincipalTag/team': ['Blue'] }),
    decision: 'Allow',
  },
  {
    rule: 'StringEqualsIgnoreCase has no wildcards',
    policies: [allowIf({ StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'b*' } })],
    request: withKeys({ 'aws:PrincipalTag/team': ['blue'] }),
    decision: 'ImplicitDeny',
    condition: { passed: false, explains: /literal/ },
  },
  {
    rule: 'StringNotEqualsIgnoreCase: a case-only difference still counts as equal',
    policies: denyIf({ StringNotEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'blue' } }),
    request: withKeys({ 'aws:PrincipalTag/team': ['BLUE'] }),
    decision: 'Allow',
    condition: { statement: 1, passed: false },
  },
  {
    rule: 'StringLike ? matches exactly one character',
    policies: [allowIf({ StringLike: { 'aws:PrincipalTag/env': 'prod-?' } })],
    request: withKeys({ 'aws:PrincipalTag/env': ['prod-1'] }),
    decision: 'Allow',
  },
  {
    rule: 'StringLike is case-sensitive',
    policies: [allowIf({ StringLike: { 'aws:PrincipalTag/env': 'prod-*' } })],
    request: withKeys({ 'aws:PrincipalTag/env': ['PROD-1'] }),
    decision: 'ImplicitDeny',
    condition: { passed: false },
  },
  {
    rule: 'StringNotLike: value outside the pattern → true',
    policies: denyIf({ StringNotLike: { [SUB]: 'system:serviceaccount:prod:*' } }),
    request: withKeys({ [SUB]: [MY_SA] }),
    decision: 'ExplicitDeny',
    condition: { statement: 1, passed: true },
  },
  {
    rule: 'StringNotLike: value inside the pattern → false',
    policies: denyIf({ StringNotLike: { [SUB]: 'system:serviceaccount:default:*' } }),
    request: withKeys({ [SUB]: [MY_SA] }),
    decision: 'Allow',
    condition: { statement: 1, passed: false },
  },
];

const missingKeyRows: Row[] = [
  {
    rule: 'missing key: StringEquals is false',
    policies: [allowIf({ StringEquals: { 'aws:PrincipalTag/team': 'blue' } })],
    request: withKeys({}),
    decision: 'ImplicitDeny',
    condition: { passed: false, explains: /not in the request/ },
  },
  {
    rule: 'missing key: StringLike is false',
    policies: [allowIf({ StringLike: { 'aws:PrincipalTag/team': '*' } })],
    request: withKeys({}),
    decision: 'ImplicitDeny',
    condition: { passed: false },
  },
  {
    rule: 'missing key: StringNotEquals is true (Allow on a negated condition matches)',
    policies: [allowIf({ StringNotEquals: { 'aws:PrincipalTag/team': 'blue' } })],
    request: withKeys({}),
    decision: 'Allow',
    condition: { passed: true },
  },
  {
    rule: 'missing key: StringNotLike is true',
    policies: [allowIf({ StringNotLike: { 'aws:PrincipalTag/team': 'b*' } })],
    request: withKeys({}),
    decision: 'Allow',
    condition: { passed: true },
  },
  {
    rule: 'missing key: StringNotEqualsIgnoreCase is true',
    policies: [allowIf({ StringNotEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'b' } })],
    request: withKeys({}),
    decision: 'Allow',
  },
  {
    rule: 'missing key: ArnNotLike is true',
    policies: [allowIf({ ArnNotLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:t' } })],
    request: withKeys({}),
    decision: 'Allow',
  },
  {
    rule: 'missing key: StringEqualsIfExists is true',
    policies: [allowIf({ StringEqualsIfExists: { 'aws:PrincipalTag/team': 'blue' } })],
    request: withKeys({}),
    decision: 'Allow',
    condition: { passed: true, explains: /IfExists/ },
  },
  {
    rule: 'present key: StringEqualsIfExists compares as StringEquals (mismatch)',
    policies: [allowIf({ StringEqualsIfExists: { 'aws:PrincipalTag/team': 'blue' } })],
    request: withKeys({ 'aws:PrincipalTag/team': ['red'] }),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'present key: StringLikeIfExists compares as StringLike (match)',
    policies: [allowIf({ StringLikeIfExists: { 'aws:PrincipalTag/team': 'bl*' } })],
    request: withKeys({ 'aws:PrincipalTag/team': ['blue'] }),
    decision: 'Allow',
  },
  {
    rule: 'missing key: StringNotEqualsIfExists is true',
    policies: denyIf({ StringNotEqualsIfExists: { 'aws:PrincipalTag/team': 'blue' } }),
    request: withKeys({}),
    decision: 'ExplicitDeny',
  },
  {
    rule: 'Null "true" passes when the key is absent',
    policies: [allowIf({ Null: { 'aws:TokenIssueTime': 'true' } })],
    request: withKeys({}),
    decision: 'Allow',
    condition: { passed: true },
  },
  {
    rule: 'Null "true" fails when the key is present',
    policies: [allowIf({ Null: { 'aws:TokenIssueTime': 'true' } })],
    request: withKeys({ 'aws:TokenIssueTime': ['2026-01-01T00:00:00Z'] }),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'Null "false" passes when the key is present',
    policies: [allowIf({ Null: { 'aws:TokenIssueTime': 'false' } })],
    request: withKeys({ 'aws:TokenIssueTime': ['2026-01-01T00:00:00Z'] }),
    decision: 'Allow',
  },
  {
    rule: 'Null "false" fails when the key is absent',
    policies: [allowIf({ Null: { 'aws:TokenIssueTime': false } })],
    request: withKeys({}),
    decision: 'ImplicitDeny',
    condition: { passed: false },
  },
];

describe('evaluatePolicies: IRSA trust policy', () => {
  it.each(irsaRows)('$rule', check);
});
describe('evaluatePolicies: string operators', () => {
  it.each(stringRows)('$rule', check);
});
describe('evaluatePolicies: missing keys, IfExists and Null', () => {
  it.each(missingKeyRows)('$rule', check);
});
