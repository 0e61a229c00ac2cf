// Evaluator table, part 3: Bool, ARN operators, AND/OR, multivalued keys and the
// ForAnyValue/ForAllValues qualifiers, from the IAM user guide (condition operators,
// reference_policies_multi-value-conditions); docs/aws-facts.md, "IAM: policy evaluation".
import { describe, it } from 'vitest';
import { AUD, SUB, allowIf, check, denyIf, irsa, trust, withKeys, type Row } from './test-helpers';

const otherOperatorRows: Row[] = [
  {
    rule: 'Bool "false" matches a request value "false"',
    policies: denyIf({ Bool: { 'aws:SecureTransport': 'false' } }),
    request: withKeys({ 'aws:SecureTransport': ['false'] }),
    decision: 'ExplicitDeny',
  },
  {
    rule: 'Bool written as a JSON boolean compares the same',
    policies: denyIf({ Bool: { 'aws:SecureTransport': false } }),
    request: withKeys({ 'aws:SecureTransport': ['true'] }),
    decision: 'Allow',
    condition: { statement: 1, passed: false },
  },
  {
    rule: 'ArnEquals takes wildcards per ARN component',
    policies: [allowIf({ ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:topic-*' } })],
    request: withKeys({ 'aws:SourceArn': ['arn:aws:sns:us-west-2:111122223333:topic-a'] }),
    decision: 'Allow',
  },
  {
    rule: 'ArnLike: a * cannot cross a colon (AWS docs example)',
    policies: [
      allowIf({ ArnLike: { 'aws:SourceArn': 'arn:aws:someservice:*:111122223333:finance/*' } }),
    ],
    request: withKeys({
      'aws:SourceArn': [
        'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt',
      ],
    }),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'StringLike: the same pattern crosses colons (AWS docs example)',
    policies: [
      allowIf({ StringLike: { 'aws:SourceArn': 'arn:aws:someservice:*:111122223333:finance/*' } }),
    ],
    request: withKeys({
      'aws:SourceArn': [
        'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt',
      ],
    }),
    decision: 'Allow',
  },
  {
    rule: 'ArnLike is case-sensitive',
    policies: [allowIf({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:Topic' } })],
    request: withKeys({ 'aws:SourceArn': ['arn:aws:sns:us-west-2:111122223333:topic'] }),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'ArnNotEquals: a listed ARN → false',
    policies: denyIf({ ArnNotEquals: { 'aws:SourceArn': 'arn:aws:sns:us-west-2:111122223333:t' } }),
    request: withKeys({ 'aws:SourceArn': ['arn:aws:sns:us-west-2:111122223333:t'] }),
    decision: 'Allow',
  },
  {
    rule: 'AND over keys: one failing key fails the block',
    policies: [
      allowIf({
        StringEquals: { 'aws:PrincipalTag/team': 'blue', 'aws:PrincipalTag/env': 'prod' },
      }),
    ],
    request: withKeys({ 'aws:PrincipalTag/team': ['blue'], 'aws:PrincipalTag/env': ['dev'] }),
    decision: 'ImplicitDeny',
    condition: { index: 0, passed: true },
  },
  {
    rule: 'AND over operators: all pass → applies',
    policies: [
      trust({
        StringEquals: { [AUD]: 'sts.amazonaws.com' },
        StringLike: { [SUB]: 'system:serviceaccount:default:*' },
      }),
    ],
    request: irsa(),
    decision: 'Allow',
  },
  {
    rule: 'AND over operators: one operator failing fails the statement',
    policies: [
      trust({
        StringEquals: { [AUD]: 'sts.amazonaws.com' },
        StringLike: { [SUB]: 'system:serviceaccount:prod:*' },
      }),
    ],
    request: irsa(),
    decision: 'ImplicitDeny',
    condition: { index: 1, passed: false },
  },
  {
    rule: 'INFERRED: multivalued key without set operator passes if any value matches',
    policies: [allowIf({ StringEquals: { 'aws:TagKeys': 'team' } })],
    request: withKeys({ 'aws:TagKeys': ['env', 'team'] }),
    decision: 'Allow',
  },
  {
    rule: 'INFERRED: multivalued key, negated operator without set operator fails if any value matches',
    policies: [allowIf({ StringNotEquals: { 'aws:TagKeys': 'team' } })],
    request: withKeys({ 'aws:TagKeys': ['env', 'team'] }),
    decision: 'ImplicitDeny',
  },
];

const tags = (...values: string[]) => withKeys({ 'aws:TagKeys': values });
const setRows: Row[] = [
  {
    rule: 'ForAnyValue: absent key → false',
    policies: [allowIf({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'team' } })],
    request: withKeys({}),
    decision: 'ImplicitDeny',
    condition: { passed: false, explains: /missing or empty/ },
  },
  {
    rule: 'ForAnyValue: empty key → false',
    policies: [allowIf({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'team' } })],
    request: tags(),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'ForAnyValue: single matching value → true',
    policies: [allowIf({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team', 'env'] } })],
    request: tags('env'),
    decision: 'Allow',
  },
  {
    rule: 'ForAnyValue: one of several values matches → true',
    policies: [allowIf({ 'ForAnyValue:StringLike': { 'aws:TagKeys': 'te*' } })],
    request: tags('owner', 'team'),
    decision: 'Allow',
  },
  {
    rule: 'ForAnyValue: none of several values matches → false',
    policies: [allowIf({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'team' } })],
    request: tags('owner', 'env'),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'ForAnyValue with IfExists: absent key is still false (OBSERVED)',
    policies: [allowIf({ 'ForAnyValue:StringEqualsIfExists': { 'aws:TagKeys': 'team' } })],
    request: withKeys({}),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'ForAnyValue:StringNotEquals: one value outside the list → true',
    policies: [allowIf({ 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': 'team' } })],
    request: tags('team', 'env'),
    decision: 'Allow',
  },
  {
    rule: 'ForAllValues: absent key → true (why not to use it with Allow)',
    policies: [allowIf({ 'ForAllValues:StringEquals': { 'aws:TagKeys': 'team' } })],
    request: withKeys({}),
    decision: 'Allow',
    condition: { passed: true, explains: /nothing to check/ },
  },
  {
    rule: 'ForAllValues: empty key → true',
    policies: [allowIf({ 'ForAllValues:StringEquals': { 'aws:TagKeys': 'team' } })],
    request: tags(),
    decision: 'Allow',
  },
  {
    rule: 'ForAllValues: single listed value → true',
    policies: [allowIf({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] } })],
    request: tags('team'),
    decision: 'Allow',
  },
  {
    rule: 'ForAllValues: every value listed → true',
    policies: [allowIf({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] } })],
    request: tags('env', 'team'),
    decision: 'Allow',
  },
  {
    rule: 'ForAllValues: one stray value → false',
    policies: [allowIf({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] } })],
    request: tags('team', 'owner'),
    decision: 'ImplicitDeny',
    condition: { passed: false, explains: /"owner"/ },
  },
  {
    rule: 'ForAllValues:StringNotLike: no value matches → true',
    policies: denyIf({ 'ForAllValues:StringNotLike': { 'aws:TagKeys': 'secret*' } }),
    request: tags('team', 'env'),
    decision: 'ExplicitDeny',
  },
  {
    rule: 'ForAllValues:StringNotLike: one value matches → false',
    policies: denyIf({ 'ForAllValues:StringNotLike': { 'aws:TagKeys': 'secret*' } }),
    request: tags('team', 'secret-x'),
    decision: 'Allow',
  },
];

describe('evaluatePolicies: Bool, Arn*, AND/OR, multivalued keys', () => {
  it.each(otherOperatorRows)('$rule', check);
});
describe('evaluatePolicies: ForAnyValue / ForAllValues', () => {
  it.each(setRows)('$rule', check);
});
