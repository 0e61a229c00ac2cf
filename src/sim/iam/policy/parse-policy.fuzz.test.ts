// Fuzzing policy JSON: parsePolicy on any text, and evaluatePolicies on random valid policies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyText,
  huge,
  mutated,
  positionInside,
  significantText,
} from '../../../test-support/fuzz-inputs';
import {
  AUD_KEY,
  hugePolicyShapes,
  IRSA_TRUST_POLICY,
  policyArbitrary,
  policyText,
  PROVIDER_ARN,
  SUB_KEY,
} from '../../../test-support/fuzz-policies';
import { FUZZ_TIMEOUT_MS, MEGABYTE_RUNS, fuzz, timed } from '../../../test-support/fuzz';
import { evaluatePolicies } from './evaluate-policies';
import { parsePolicy } from './parse-policy';
import type { RequestContext } from './types';

const PARSE = 'policy JSON (parsePolicy)';
const EVALUATE = 'policy evaluation (evaluatePolicies)';

function checkShape(text: string): void {
  const result = timed(PARSE, text, () => parsePolicy(text));
  if (result.ok) {
    expect(result.value.statements.length).toBeGreaterThan(0);
    for (const s of result.value.statements) expect(['Allow', 'Deny']).toContain(s.effect);
    return;
  }
  const { message, line, column, path } = result.error;
  expect(message).toMatch(/^\S/);
  expect(message.length).toBeLessThan(600);
  // Syntax errors say where, inside the text; element errors name the element instead.
  if (line !== undefined) expect(positionInside(text, line, column ?? 1)).toBe(true);
  if (path !== undefined) expect(typeof path).toBe('string');
}

describe('parsePolicy never throws, and says where and why', () => {
  it(
    'on random text, valid policies with a few edits, and any JSON',
    () =>
      fuzz(
        fc.oneof(
          anyText(),
          significantText(),
          mutated(policyText),
          mutated(fc.constant(JSON.stringify(IRSA_TRUST_POLICY, null, 2))),
          fc.json({ maxDepth: 4 }),
        ),
        checkShape,
      ),
    FUZZ_TIMEOUT_MS,
  );

  it(
    'on inputs of up to a megabyte: deep nesting, many keys, thousands of statements',
    () => fuzz(huge(hugePolicyShapes), checkShape, MEGABYTE_RUNS),
    FUZZ_TIMEOUT_MS,
  );
});

describe('parsePolicy reads every valid policy, however it is laid out', () => {
  it(
    'gives the same document for compact and indented text, statement by statement',
    () =>
      fuzz(policyArbitrary, (policy) => {
        const compact = JSON.stringify(policy);
        const indented = JSON.stringify(policy, null, 2);
        const a = timed(PARSE, compact, () => parsePolicy(compact));
        const b = timed(PARSE, indented, () => parsePolicy(indented));
        expect(a.ok, !a.ok ? a.error.message : '').toBe(true);
        expect(b).toEqual(a);
        const statements = [policy.Statement].flat();
        expect(a.ok && a.value.statements.map((s) => s.effect)).toEqual(
          statements.map((s) => s.Effect),
        );
        expect(a.ok && a.value.version).toBe(policy.Version);
      }),
    FUZZ_TIMEOUT_MS,
  );
});

describe('evaluatePolicies on random valid policies', () => {
  const request: fc.Arbitrary<RequestContext> = fc.record({
    principal: fc.record({
      type: fc.constantFrom('Federated', 'AWS', 'Service'),
      id: fc.constantFrom(PROVIDER_ARN, 'arn:aws:iam::111122223333:root', 'pods.eks.amazonaws.com'),
    }),
    action: fc.constantFrom(
      'sts:AssumeRoleWithWebIdentity',
      's3:ListAllMyBuckets',
      'sts:TagSession',
    ),
    resource: fc.constantFrom('arn:aws:s3:::my-bucket', 'arn:aws:iam::111122223333:role/r'),
    keys: fc.record({
      [SUB_KEY]: fc.array(fc.constantFrom('system:serviceaccount:default:my-app', 'x'), {
        maxLength: 2,
      }),
      [AUD_KEY]: fc.array(fc.constantFrom('sts.amazonaws.com', 'y'), { maxLength: 2 }),
    }),
  });

  it(
    'decides as IAM does: an applicable Deny wins, then an applicable Allow, else implicit deny',
    () =>
      fuzz(
        fc.tuple(fc.array(policyArbitrary, { minLength: 1, maxLength: 3 }), request),
        ([policies, context]) => {
          const parsed = policies.map((p) => {
            const result = parsePolicy(JSON.stringify(p));
            if (!result.ok) throw new Error(result.error.message);
            return result.value;
          });
          const { decision, statements } = timed(EVALUATE, { policies, context }, () =>
            evaluatePolicies(parsed, context),
          );
          expect(statements).toHaveLength(parsed.reduce((n, p) => n + p.statements.length, 0));
          const applies = (effect: string) =>
            statements.some((s) => s.applies && s.effect === effect);
          const expected = applies('Deny')
            ? 'ExplicitDeny'
            : applies('Allow')
              ? 'Allow'
              : 'ImplicitDeny';
          expect(decision).toBe(expected);
        },
      ),
    FUZZ_TIMEOUT_MS,
  );
});
