import { describe, expect, it } from 'vitest';
import { parsePolicy, type PolicyDocument } from '../iam/policy';
import {
  evaluateWithVariables,
  policyToJson,
  principalTagKeys,
  resolvePolicyVariables,
  sessionPrincipalTags,
  substituteVariables,
} from './principal-tags';

const KEYS = principalTagKeys({
  'kubernetes-namespace': 'team-a',
  'eks-cluster-name': 'my-cluster',
});

function policy(statement: object, version = '2012-10-17'): PolicyDocument {
  const parsed = parsePolicy(JSON.stringify({ Version: version, Statement: [statement] }));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const LIST = { action: 's3:ListAllMyBuckets', resource: 'arn:aws:s3:::*' };

describe('substituteVariables', () => {
  it('replaces principal tags, matching key names case-insensitively', () => {
    expect(substituteVariables('ns/${aws:PrincipalTag/kubernetes-namespace}/*', KEYS)).toEqual({
      value: 'ns/team-a/*',
      unresolved: [],
    });
    expect(substituteVariables('${AWS:principaltag/KUBERNETES-NAMESPACE}', KEYS).value).toBe(
      'team-a',
    );
  });

  it("uses a default after a comma when the key is absent: ${key, 'default'}", () => {
    expect(substituteVariables("${aws:PrincipalTag/team, 'none'}", KEYS)).toEqual({
      value: 'none',
      unresolved: [],
    });
    expect(
      substituteVariables("${aws:PrincipalTag/kubernetes-namespace, 'none'}", KEYS).value,
    ).toBe('team-a');
  });

  it('turns ${*}, ${?} and ${$} into their characters', () => {
    expect(substituteVariables('a${*}b${?}c${$}d', {}).value).toBe('a*b?c$d');
  });

  it('reports a key the request lacks, and a multivalued one, as unresolved', () => {
    expect(substituteVariables('${aws:PrincipalTag/team}', KEYS)).toEqual({
      value: '${aws:PrincipalTag/team}',
      unresolved: ['aws:PrincipalTag/team'],
    });
    expect(substituteVariables('${aws:TagKeys}', { 'aws:TagKeys': ['a', 'b'] }).unresolved).toEqual(
      ['aws:TagKeys'],
    );
  });
});

describe('resolvePolicyVariables', () => {
  it('resolves Resource, NotResource and String/Arn condition values, not Action or keys', () => {
    const doc = policy({
      Effect: 'Allow',
      Action: 's3:${aws:PrincipalTag/kubernetes-namespace}',
      Resource: 'arn:aws:s3:::bucket/${aws:PrincipalTag/kubernetes-namespace}/*',
      Condition: {
        StringEquals: { 's3:prefix': '${aws:PrincipalTag/kubernetes-namespace}' },
        ArnLike: {
          'aws:SourceArn': 'arn:aws:eks:*:*:cluster/${aws:PrincipalTag/eks-cluster-name}',
        },
      },
    });
    const s = resolvePolicyVariables(doc, KEYS).policy.statements[0]!;
    expect(s.action).toEqual(['s3:${aws:PrincipalTag/kubernetes-namespace}']);
    expect(s.resource).toEqual(['arn:aws:s3:::bucket/team-a/*']);
    expect(s.condition?.map((c) => [c.key, c.values[0]])).toEqual([
      ['s3:prefix', 'team-a'],
      ['aws:SourceArn', 'arn:aws:eks:*:*:cluster/my-cluster'],
    ]);
    const not = policy({
      Effect: 'Deny',
      Action: '*',
      NotResource: 'arn:aws:s3:::${aws:PrincipalTag/kubernetes-namespace}-*',
    });
    expect(resolvePolicyVariables(not, KEYS).policy.statements[0]!.notResource).toEqual([
      'arn:aws:s3:::team-a-*',
    ]);
  });

  it('leaves variables as literal text under the 2008-10-17 language version', () => {
    const doc = policy(
      { Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::${aws:PrincipalTag/x}' },
      '2008-10-17',
    );
    expect(resolvePolicyVariables(doc, KEYS).policy.statements[0]!.resource).toEqual([
      'arn:aws:s3:::${aws:PrincipalTag/x}',
    ]);
  });
});

describe('evaluateWithVariables', () => {
  const abac = policy({
    Effect: 'Allow',
    Action: 's3:ListAllMyBuckets',
    Resource: '*',
    Condition: {
      StringEquals: {
        'aws:PrincipalTag/allowed-namespace': '${aws:PrincipalTag/kubernetes-namespace}',
      },
    },
  });

  it('allows when the tag the variable names matches the tag the key names', () => {
    const keys = principalTagKeys({
      'allowed-namespace': 'team-a',
      'kubernetes-namespace': 'team-a',
    });
    expect(evaluateWithVariables([abac], { ...LIST, keys }).evaluation.decision).toBe('Allow');
  });

  it('denies implicitly when they differ', () => {
    const keys = principalTagKeys({
      'allowed-namespace': 'default',
      'kubernetes-namespace': 'team-a',
    });
    const { evaluation } = evaluateWithVariables([abac], { ...LIST, keys });
    expect(evaluation.decision).toBe('ImplicitDeny');
    expect(evaluation.statements[0]!.conditions[0]!.expected).toEqual(['team-a']);
  });

  it('never applies a statement whose variable has no value, Allow or Deny', () => {
    const keys = principalTagKeys({ 'allowed-namespace': 'default' });
    expect(evaluateWithVariables([abac], { ...LIST, keys }).evaluation.decision).toBe(
      'ImplicitDeny',
    );
    const allowAll = policy({ Effect: 'Allow', Action: '*', Resource: '*' });
    const denyOthers = policy({
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: {
        StringNotEquals: { 'aws:PrincipalTag/allowed-namespace': '${aws:PrincipalTag/nope}' },
      },
    });
    const { evaluation, resolved } = evaluateWithVariables([allowAll, denyOthers], {
      ...LIST,
      keys,
    });
    expect(evaluation.decision).toBe('Allow');
    expect(resolved[1]!.unresolved.get(0)).toEqual(['aws:PrincipalTag/nope']);
  });

  it('a variable in a bucket ARN never grants ListAllMyBuckets, whose resource is "*"', () => {
    const scoped = policy({
      Effect: 'Allow',
      Action: 's3:ListAllMyBuckets',
      Resource: 'arn:aws:s3:::${aws:PrincipalTag/kubernetes-namespace}-*',
    });
    expect(evaluateWithVariables([scoped], { ...LIST, keys: KEYS }).evaluation.decision).toBe(
      'ImplicitDeny',
    );
  });
});

describe('principal tags', () => {
  it('session tags win over role tags with the same key', () => {
    expect(
      sessionPrincipalTags({ team: 'a', 'kubernetes-namespace': 'x' }, [
        { key: 'kubernetes-namespace', value: 'y' },
      ]),
    ).toEqual({ team: 'a', 'kubernetes-namespace': 'y' });
  });

  it('policyToJson writes back a policy that parses to the same document', () => {
    const doc = policy({
      Sid: 'S',
      Effect: 'Allow',
      Principal: { Service: 'pods.eks.amazonaws.com' },
      Action: ['sts:AssumeRole', 'sts:TagSession'],
      Condition: { StringEquals: { 'aws:RequestTag/kubernetes-namespace': ['a', 'b'] } },
    });
    const again = parsePolicy(policyToJson(doc));
    expect(again.ok && again.value).toEqual(doc);
  });
});
