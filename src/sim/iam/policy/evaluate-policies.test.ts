// Evaluator table, part 1: decision logic, Action, Resource and Principal matching,
// from the IAM user guide (evaluation logic, policy elements); see docs/aws-facts.md, "IAM: policy evaluation".
import { describe, expect, it } from 'vitest';
import { evaluatePolicies } from './evaluate-policies';
import { AUD, PROVIDER_ARN, call, check, doc, irsa, parsed, trust, type Row } from './test-helpers';

const allowAll = { Effect: 'Allow', Action: '*', Resource: '*' };
const allow = (action: string | string[], resource: string | string[] = '*'): object =>
  doc({ Effect: 'Allow', Action: action, Resource: resource });

const decisionRows: Row[] = [
  {
    rule: 'an applicable Allow allows',
    policies: [allow('s3:ListAllMyBuckets')],
    request: call(),
    decision: 'Allow',
  },
  {
    rule: 'no applicable statement: implicit deny',
    policies: [allow('s3:GetObject')],
    request: call(),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'no policies at all: implicit deny',
    policies: [],
    request: call(),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'Deny wins over Allow in the same policy',
    policies: [doc(allowAll, { Effect: 'Deny', Action: 's3:*', Resource: '*' })],
    request: call(),
    decision: 'ExplicitDeny',
  },
  {
    rule: 'Deny in one policy wins over Allow in another',
    policies: [
      doc(allowAll),
      doc({ Effect: 'Deny', Action: 's3:ListAllMyBuckets', Resource: '*' }),
    ],
    request: call(),
    decision: 'ExplicitDeny',
  },
  {
    rule: 'a Deny alone is an explicit deny, not an implicit one',
    policies: [doc({ Effect: 'Deny', Action: '*', Resource: '*' })],
    request: call(),
    decision: 'ExplicitDeny',
  },
  {
    rule: 'a Deny for another action does not apply',
    policies: [doc(allowAll, { Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' })],
    request: call(),
    decision: 'Allow',
  },
];

const actionRows: Row[] = [
  {
    rule: 'Action s3:* covers every S3 action',
    policies: [allow('s3:*')],
    request: call(),
    decision: 'Allow',
  },
  {
    rule: 'Action s3:List* covers ListAllMyBuckets',
    policies: [allow('s3:List*')],
    request: call(),
    decision: 'Allow',
  },
  {
    rule: 'Action * covers every action',
    policies: [allow('*')],
    request: call(),
    decision: 'Allow',
  },
  {
    rule: 'Action s3:Get* does not cover ListAllMyBuckets',
    policies: [allow('s3:Get*')],
    request: call(),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'Action names are case-insensitive',
    policies: [allow('S3:listallmybuckets')],
    request: call(),
    decision: 'Allow',
  },
  {
    rule: 'Action ? matches exactly one character',
    policies: [allow('s3:ListAllMyBucket?')],
    request: call(),
    decision: 'Allow',
  },
  {
    rule: 'Action ? does not match zero characters',
    policies: [allow('s3:ListAllMyBuckets?')],
    request: call(),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'Action without wildcard is not a prefix match',
    policies: [allow('s3:List')],
    request: call(),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'Action of another service does not match',
    policies: [allow('ec2:*')],
    request: call(),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'Action list is OR',
    policies: [allow(['ec2:*', 's3:ListAllMyBuckets'])],
    request: call(),
    decision: 'Allow',
  },
  {
    rule: 'NotAction allows everything not listed',
    policies: [doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })],
    request: call(),
    decision: 'Allow',
  },
  {
    rule: 'NotAction does not cover a listed action',
    policies: [doc({ Effect: 'Allow', NotAction: ['iam:*', 's3:*'], Resource: '*' })],
    request: call(),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'Deny with NotAction denies what is not listed',
    policies: [doc(allowAll, { Effect: 'Deny', NotAction: 's3:*', Resource: '*' })],
    request: call('iam:CreateUser', 'arn:aws:iam::111122223333:user/bob'),
    decision: 'ExplicitDeny',
  },
  {
    rule: 'Deny with NotAction spares what is listed',
    policies: [doc(allowAll, { Effect: 'Deny', NotAction: 's3:*', Resource: '*' })],
    request: call(),
    decision: 'Allow',
  },
];

const bucket = (name: string): string => `arn:aws:s3:::${name}`;
const resourceRows: Row[] = [
  {
    rule: 'Resource * covers any resource',
    policies: [allow('s3:*', '*')],
    request: call(),
    decision: 'Allow',
  },
  {
    rule: 'Resource arn:aws:s3:::* matches itself',
    policies: [allow('s3:*', bucket('*'))],
    request: call(),
    decision: 'Allow',
  },
  {
    rule: 'Resource names one bucket, request another',
    policies: [allow('s3:*', bucket('mine'))],
    request: call('s3:ListBucket', bucket('other')),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'Resource wildcard my-* matches my-bucket',
    policies: [allow('s3:*', bucket('my-*'))],
    request: call('s3:ListBucket', bucket('my-bucket')),
    decision: 'Allow',
  },
  {
    rule: 'Resource matching is case-sensitive',
    policies: [allow('s3:*', bucket('My-Bucket'))],
    request: call('s3:ListBucket', bucket('my-bucket')),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'Resource ? matches one character',
    policies: [allow('s3:*', bucket('logs-?'))],
    request: call('s3:ListBucket', bucket('logs-1')),
    decision: 'Allow',
  },
  {
    rule: 'Resource ? does not match two characters',
    policies: [allow('s3:*', bucket('logs-?'))],
    request: call('s3:ListBucket', bucket('logs-10')),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'NotResource allows resources not listed',
    policies: [doc({ Effect: 'Allow', Action: 's3:*', NotResource: bucket('secret*') })],
    request: call('s3:ListBucket', bucket('public')),
    decision: 'Allow',
  },
  {
    rule: 'NotResource does not cover a listed resource',
    policies: [doc({ Effect: 'Allow', Action: 's3:*', NotResource: bucket('secret*') })],
    request: call('s3:ListBucket', bucket('secret-data')),
    decision: 'ImplicitDeny',
  },
  {
    rule: 'a statement without Resource matches any resource (trust policies)',
    policies: [trust()],
    request: { ...irsa(), resource: 'arn:aws:iam::111122223333:role/s3-reader' },
    decision: 'Allow',
  },
];

const principalRows: Row[] = [
  {
    rule: 'Federated principal equal to the provider ARN matches',
    policies: [trust()],
    request: irsa(),
    decision: 'Allow',
  },
  {
    rule: 'Federated principal of another cluster does not match',
    policies: [trust()],
    request: {
      ...irsa(),
      principal: { type: 'Federated', id: PROVIDER_ARN.replace('EXAMPLED539', 'OTHERCLUSTR') },
    },
    decision: 'ImplicitDeny',
  },
  {
    rule: 'Federated principal comparison is case-sensitive',
    policies: [trust()],
    request: { ...irsa(), principal: { type: 'Federated', id: PROVIDER_ARN.toLowerCase() } },
    decision: 'ImplicitDeny',
  },
  {
    rule: 'same id under another principal type does not match',
    policies: [trust()],
    request: { ...irsa(), principal: { type: 'AWS', id: PROVIDER_ARN } },
    decision: 'ImplicitDeny',
  },
  {
    rule: 'no principal in the request never matches a named Principal',
    policies: [trust()],
    request: { action: 'sts:AssumeRoleWithWebIdentity', keys: {} },
    decision: 'ImplicitDeny',
  },
  {
    rule: 'Principal "*" matches anyone',
    policies: [doc({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRoleWithWebIdentity' })],
    request: irsa(),
    decision: 'Allow',
  },
  {
    rule: 'Principal {"AWS": "*"} matches anyone, federated included',
    policies: [doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:*' })],
    request: irsa(),
    decision: 'Allow',
  },
  {
    rule: 'no Principal element (identity policy) matches any principal',
    policies: [doc(allowAll)],
    request: { ...call(), principal: { type: 'AWS', id: 'arn:aws:iam::111122223333:role/x' } },
    decision: 'Allow',
  },
  {
    rule: 'Deny with NotPrincipal applies to principals not listed',
    policies: [
      trust(),
      doc({ Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: '*' }),
    ],
    request: irsa(),
    decision: 'ExplicitDeny',
  },
  {
    rule: 'Deny with NotPrincipal spares the listed principal',
    policies: [
      trust(),
      doc({ Effect: 'Deny', NotPrincipal: { Federated: PROVIDER_ARN }, Action: '*' }),
    ],
    request: irsa(),
    decision: 'Allow',
  },
];

describe('evaluatePolicies: decision logic', () => {
  it.each(decisionRows)('$rule', check);
});
describe('evaluatePolicies: Action and NotAction', () => {
  it.each(actionRows)('$rule', check);
});
describe('evaluatePolicies: Resource and NotResource', () => {
  it.each(resourceRows)('$rule', check);
});
describe('evaluatePolicies: Principal and NotPrincipal', () => {
  it.each(principalRows)('$rule', check);
});

describe('evaluatePolicies: statement report', () => {
  it('reports every statement with its policy, position, sid and partial matches', () => {
    const policies = [
      doc(allowAll),
      doc({ Sid: 'NoDelete', Effect: 'Deny', Action: 's3:Delete*', Resource: '*' }),
    ];
    const evaluation = evaluatePolicies(policies.map(parsed), call());
    expect(evaluation.statements).toEqual([
      expect.objectContaining({ policyIndex: 0, index: 0, effect: 'Allow', applies: true }),
      expect.objectContaining({
        policyIndex: 1,
        index: 0,
        sid: 'NoDelete',
        effect: 'Deny',
        principalMatched: true,
        actionMatched: false,
        resourceMatched: true,
        applies: false,
      }),
    ]);
  });

  it('evaluates every condition even after one fails', () => {
    const evaluation = evaluatePolicies(
      [parsed(trust({ StringEquals: { [AUD]: 'x', other: 'y' } }))],
      irsa(),
    );
    expect(evaluation.statements[0]?.conditions).toHaveLength(2);
  });
});
