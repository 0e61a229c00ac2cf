// Properties of wildcard matching and policy evaluation (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePolicies } from './evaluate-policies';
import { matchesWildcard } from './match-wildcard';
import type { PolicyDocument, PolicyStatement, RequestContext } from './types';

/** Reference matcher: dynamic programming over code points, straight from the definition. */
function referenceMatch(pattern: string, value: string): boolean {
  const p = Array.from(pattern);
  const v = Array.from(value);
  // can[i][j]: p[i..] matches v[j..]
  const can = Array.from({ length: p.length + 1 }, () =>
    new Array<boolean>(v.length + 1).fill(false),
  );
  can[p.length]![v.length] = true;
  for (let i = p.length - 1; i >= 0; i--) {
    for (let j = v.length; j >= 0; j--) {
      const pc = p[i];
      if (pc === '*') can[i]![j] = can[i + 1]![j]! || (j < v.length && can[i]![j + 1]!);
      else can[i]![j] = j < v.length && (pc === '?' || pc === v[j]) && can[i + 1]![j + 1]!;
    }
  }
  return can[0]![0]!;
}

describe('matchesWildcard agrees with a reference matcher', () => {
  const over = (alphabet: string[], maxLength: number) =>
    fc.string({ unit: fc.constantFrom(...alphabet), maxLength });

  it('case-sensitively', () => {
    fc.assert(
      fc.property(over(['a', 'b', '*', '?'], 8), over(['a', 'b'], 10), (pattern, value) => {
        expect(matchesWildcard(pattern, value)).toBe(referenceMatch(pattern, value));
      }),
      { numRuns: 3000 },
    );
  });

  it('ignoring case', () => {
    fc.assert(
      fc.property(over(['a', 'B', '*', '?'], 8), over(['A', 'b', 'a'], 10), (pattern, value) => {
        const expected = referenceMatch(pattern.toLowerCase(), value.toLowerCase());
        expect(matchesWildcard(pattern, value, true)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts "?" as one code point, so it matches one emoji', () => {
    expect(matchesWildcard('team-?', 'team-🚀')).toBe(true);
    expect(matchesWildcard('team-??', 'team-🚀')).toBe(false);
  });
});

// Random policies over a small vocabulary, so that statements often apply.
const actions = ['s3:ListAllMyBuckets', 'sts:AssumeRoleWithWebIdentity', 'iam:CreateUser'];
const patterns = [
  ...actions,
  's3:*',
  's3:List*',
  '*',
  'S3:LISTALLMYBUCKETS',
  'ec2:*',
  'sts:?ssume*',
];
const resources = ['arn:aws:s3:::*', 'arn:aws:s3:::my-bucket', 'arn:aws:iam::111122223333:role/r'];
const principalIds = [
  'arn:aws:iam::111122223333:oidc-provider/oidc.eks.x',
  'arn:aws:iam::111122223333:root',
];
const keyNames = ['k1', 'K1', 'k2', 'aws:TagKeys'];
const values = ['a', 'b', 'A', '*', 'a*', 'true', 'false', 'arn:aws:s3:::x'];
const operators = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringLike',
  'StringNotLikeIfExists',
  'ForAnyValue:StringEquals',
  'ForAllValues:StringLike',
  'Null',
  'Bool',
  'ArnLike',
  'NotAnOperator',
];

const list = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: 1, maxLength: 3 });
const principal = fc.oneof(
  fc.constant('*' as const),
  fc.record({ Federated: list(fc.constantFrom(...principalIds)) }),
  fc.record({ AWS: list(fc.constantFrom('*', ...principalIds)) }),
);
const statementArb: fc.Arbitrary<PolicyStatement> = fc.record(
  {
    effect: fc.constantFrom('Allow' as const, 'Deny' as const),
    principal,
    notPrincipal: principal,
    action: list(fc.constantFrom(...patterns)),
    notAction: list(fc.constantFrom(...patterns)),
    resource: list(fc.constantFrom('*', ...resources, 'arn:aws:s3:::my-*')),
    notResource: list(fc.constantFrom(...resources)),
    condition: fc.array(
      fc.record({
        operator: fc.constantFrom(...operators),
        key: fc.constantFrom(...keyNames),
        values: list(fc.constantFrom(...values)),
      }),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['effect'] },
);
const policiesArb: fc.Arbitrary<PolicyDocument[]> = fc.array(
  fc.record({ statements: fc.array(statementArb, { maxLength: 4 }) }),
  { maxLength: 3 },
);
const requestArb: fc.Arbitrary<RequestContext> = fc.record(
  {
    principal: fc.record({
      type: fc.constantFrom('Federated' as const, 'AWS' as const, 'Service' as const),
      id: fc.constantFrom(...principalIds),
    }),
    action: fc.constantFrom(...actions),
    resource: fc.constantFrom(...resources),
    keys: fc.dictionary(
      fc.constantFrom(...keyNames),
      fc.array(fc.constantFrom(...values), { maxLength: 3 }),
    ),
  },
  { requiredKeys: ['action', 'keys'] },
);

/** Deny statements built to apply to `request`, in several shapes. */
function applicableDenies(request: RequestContext): PolicyStatement[] {
  const denies: PolicyStatement[] = [
    { effect: 'Deny', action: ['*'] },
    { effect: 'Deny', action: [request.action.toUpperCase()], resource: [request.resource ?? '*'] },
    {
      effect: 'Deny',
      notAction: ['nothing:Matches'],
      principal: '*',
      condition: [{ operator: 'Null', key: 'never-sent', values: ['true'] }],
    },
  ];
  if (request.principal) {
    denies.push({
      effect: 'Deny',
      action: [request.action],
      principal: { [request.principal.type]: [request.principal.id] },
    });
  }
  return denies;
}

describe('evaluatePolicies invariants', () => {
  it('adding an applicable Deny anywhere always yields ExplicitDeny', () => {
    fc.assert(
      fc.property(
        policiesArb,
        requestArb,
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (policies, request, which, at, pos) => {
          const denies = applicableDenies(request);
          const deny = denies[which % denies.length]!;
          const target = at % (policies.length + 1);
          const withDeny = policies.map((p) => ({ statements: [...p.statements] }));
          if (target === withDeny.length) withDeny.push({ statements: [deny] });
          else
            withDeny[target]!.statements.splice(
              pos % (withDeny[target]!.statements.length + 1),
              0,
              deny,
            );
          expect(evaluatePolicies(withDeny, request).decision).toBe('ExplicitDeny');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the decision follows from the statement results, and without Deny statements is never ExplicitDeny', () => {
    fc.assert(
      fc.property(policiesArb, requestArb, (policies, request) => {
        const { decision, statements } = evaluatePolicies(policies, request);
        const applied = statements.filter((s) => s.applies);
        const expected = applied.some((s) => s.effect === 'Deny')
          ? 'ExplicitDeny'
          : applied.length > 0
            ? 'Allow'
            : 'ImplicitDeny';
        expect(decision).toBe(expected);
        const allowsOnly = policies.map((p) => ({
          statements: p.statements.filter((s) => s.effect === 'Allow'),
        }));
        expect(evaluatePolicies(allowsOnly, request).decision).not.toBe('ExplicitDeny');
      }),
      { numRuns: 500 },
    );
  });
});
