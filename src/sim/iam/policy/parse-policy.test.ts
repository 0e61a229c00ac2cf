import { describe, expect, it } from 'vitest';
import { parsePolicy } from './parse-policy';
import { AUD, GUIDE_TRUST, MY_SA, PROVIDER_ARN, SUB, doc } from './test-helpers';
import type { PolicyParseError } from './types';

/** The error for `text`; fails the test if the text parses. */
function errorOf(text: string): PolicyParseError {
  const result = parsePolicy(text);
  if (result.ok) throw new Error(`expected a parse error for ${text.slice(0, 80)}`);
  return result.error;
}
const errorFor = (value: unknown): PolicyParseError => errorOf(JSON.stringify(value));
const statement = (fields: object): object => doc({ Effect: 'Allow', Action: 's3:*', ...fields });

describe('parsePolicy: valid policies', () => {
  it('normalizes the EKS guide trust policy, single strings becoming arrays', () => {
    const result = parsePolicy(JSON.stringify(GUIDE_TRUST, null, 4));
    expect(result.ok && result.value).toEqual({
      version: '2012-10-17',
      statements: [
        {
          effect: 'Allow',
          principal: { Federated: [PROVIDER_ARN] },
          action: ['sts:AssumeRoleWithWebIdentity'],
          condition: [
            { operator: 'StringEquals', key: SUB, values: [MY_SA] },
            { operator: 'StringEquals', key: AUD, values: ['sts.amazonaws.com'] },
          ],
        },
      ],
    });
  });

  it('accepts Statement as a single object, and a permission policy with Resource', () => {
    const text =
      '{"Statement": {"Sid": "List", "Effect": "Deny", "NotAction": ["s3:Get*"], "NotResource": "arn:aws:s3:::x"}}';
    const result = parsePolicy(text);
    expect(result.ok && result.value).toEqual({
      statements: [
        { sid: 'List', effect: 'Deny', notAction: ['s3:Get*'], notResource: ['arn:aws:s3:::x'] },
      ],
    });
  });

  it('keeps one condition block per (operator, key) and turns numbers and booleans into text', () => {
    const result = parsePolicy(
      JSON.stringify(
        statement({
          Condition: {
            Bool: { 'aws:SecureTransport': false },

            StringLike: { a: ['x*', 3] },
          },
        }),
      ),
    );
    expect(result.ok && result.value.statements[0]?.condition).toEqual([
      { operator: 'Bool', key: 'aws:SecureTransport', values: ['false'] },
      { operator: 'StringLike', key: 'a', values: ['x*', '3'] },
    ]);
  });

  it('accepts every supported operator with IfExists and set qualifiers', () => {
    const operators = [
      'StringNotEqualsIgnoreCaseIfExists',
      'ForAnyValue:StringLike',
      'ForAllValues:ArnNotLikeIfExists',
      'BoolIfExists',
      'Null',
    ];
    const condition = Object.fromEntries(operators.map((op) => [op, { k: 'true' }]));
    expect(parsePolicy(JSON.stringify(statement({ Condition: condition }))).ok).toBe(true);
  });
});

describe('parsePolicy: invalid JSON reports line and column', () => {
  it('points at the token after a missing comma in a multi-line policy', () => {
    const text = [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [',
      '    {',
      '      "Effect": "Allow"',
      '      "Action": "s3:*"',
      '    }',
      '  ]',
      '}',
    ].join('\n');
    const error = errorOf(text);
    expect(error).toMatchObject({ line: 6, column: 7 });
    expect(error.message).toBe(`Expected ',' or '}', found '"' (a comma is probably missing).`);
  });

  it('names a trailing comma and counts CRLF line endings as one line', () => {
    const error = errorOf('{\r\n  "Statement": [],\r\n}');
    expect(error).toMatchObject({ line: 3, column: 1 });
    expect(error.message).toMatch(/Trailing comma/);
  });

  it('reports an unclosed string at its opening quote', () => {
    expect(errorOf('{"Version": "2012')).toMatchObject({ line: 1, column: 13 });
  });

  it('reports a line break inside a string where the line ends', () => {
    expect(errorOf('{\n  "Effect": "Allow\n"}')).toMatchObject({ line: 2, column: 19 });
  });

  it('reports unexpected end of input after the last character', () => {
    const error = errorOf('{\n  "Statement": [\n');
    expect(error).toMatchObject({ line: 3, column: 1 });
    expect(error.message).toMatch(/Unexpected end of input/);
  });

  it.each([
    ["{'Version': 1}", 1, 2, /double quotes/],
    ['{"a": 1} {"b": 2}', 1, 10, /after the end/],
    ['// comment\n{}', 1, 1, /comments/],
    ['{"a": 01}', 1, 7, /start with 0/],
    ['{"a": tru}', 1, 7, /Unexpected word "tru"/],
    ['{"a": "\\x"}', 1, 8, /Invalid escape/],
    ['', 1, 1, /empty/],
  ] as const)('%j → line %i, column %i', (text, line, column, message) => {
    const error = errorOf(text);
    expect(error).toMatchObject({ line, column });
    expect(error.message).toMatch(message);
  });

  it('rejects duplicate keys, which JSON.parse would silently collapse', () => {
    const text =
      '{"Statement": [{"Effect": "Allow", "Action": "s3:*",\n  "Condition": {"StringEquals": {"a": "1"}, "StringEquals": {"b": "2"}}}]}';
    const error = errorOf(text);
    expect(error).toMatchObject({ line: 2, column: 45 });
    expect(error.message).toMatch(/Duplicate key "StringEquals"/);
  });
});

describe('parsePolicy: valid JSON that is not a policy', () => {
  it.each([
    ['an array', [], /not an array/],
    ['a number', 42, /not number 42/],
    ['null', null, /not null/],
    ['a string', 'policy', /not the string "policy"/],
  ])('a top-level %s is rejected', (_, value, message) => {
    expect(errorFor(value).message).toMatch(message);
  });

  it('a missing Statement is named', () => {
    expect(errorFor({ Version: '2012-10-17' })).toEqual({
      path: 'Statement',
      message: 'The policy has no Statement: add "Statement": [ { … } ].',
    });
  });

  it('a misspelt top-level element gets a suggestion', () => {
    expect(errorFor({ Statment: [] }).message).toBe(
      'Unknown element "Statment" in the policy. Did you mean "Statement"?',
    );
  });

  it('an unknown Effect lists the allowed values', () => {
    const error = errorFor(doc({ Effect: 'allow', Action: 's3:*' }));
    expect(error.path).toBe('Statement[0].Effect');
    expect(error.message).toBe(
      'Effect must be "Allow" or "Deny", not the string "allow" (case matters).',
    );
  });

  it('a missing Effect is named', () => {
    expect(errorFor(doc({ Action: 's3:*' })).path).toBe('Statement[0].Effect');
  });

  it('an unknown condition operator is named, with the nearest real one', () => {
    const error = errorFor(statement({ Condition: { StringEqualz: { [SUB]: MY_SA } } }));
    expect(error.path).toBe('Statement[0].Condition.StringEqualz');
    expect(error.message).toBe(
      'Unknown condition operator "StringEqualz". Did you mean "StringEquals"?',
    );
  });

  it.each([
    ['NumericLessThan', /is an IAM condition operator, but this simulator only evaluates/],
    ['ForAnyValues:StringLike', /Unknown set operator "ForAnyValues".*did you mean ForAnyValue\?/],
    ['NullIfExists', /Null itself tests whether the key exists/],
    ['Frobnicate', /^Unknown condition operator "Frobnicate"\.$/],
  ])('operator %s is rejected precisely', (operator, message) => {
    expect(errorFor(statement({ Condition: { [operator]: { k: 'v' } } })).message).toMatch(message);
  });

  it.each([
    [
      'Action and NotAction together',
      doc({ Effect: 'Allow', Action: 's3:*', NotAction: 'iam:*' }),
      /both Action and NotAction/,
    ],
    ['neither Action nor NotAction', doc({ Effect: 'Allow', Resource: '*' }), /has no Action/],
    [
      'Resource and NotResource together',
      statement({ Resource: '*', NotResource: '*' }),
      /both Resource and NotResource/,
    ],
    [
      'Principal and NotPrincipal together',
      statement({ Principal: '*', NotPrincipal: '*' }),
      /both Principal and NotPrincipal/,
    ],
    [
      'an action without a service prefix',
      statement({ Action: ['s3:*', 'ListBuckets'] }),
      /"ListBuckets" is not an action/,
    ],
    ['a resource that is not an ARN', statement({ Resource: 'my-bucket' }), /must be an ARN/],
    [
      'an unknown principal type',
      statement({ Principal: { Federate: PROVIDER_ARN } }),
      /Did you mean "Federated"/,
    ],
    [
      'a __proto__ principal type',
      statement({ Principal: JSON.parse('{"__proto__": ["x"]}') as object }),
      /Unknown element "__proto__"/,
    ],
    [
      'a Null value other than true/false',
      statement({ Condition: { Null: { k: 'yes' } } }),
      /Null takes "true" or "false"/,
    ],
    [
      'a nested condition value',
      statement({ Condition: { StringEquals: { k: { v: 1 } } } }),
      /not an object/,
    ],
    ['an empty Statement array', { Statement: [] }, /empty array/],
    ['an empty Action array', statement({ Action: [] }), /empty array/],
    [
      'an unknown Version',
      { Version: '2024-01-01', Statement: [] },
      /Version must be "2012-10-17"/,
    ],
    ['an unknown statement element', statement({ Condtion: {} }), /Did you mean "Condition"/],
  ])('%s is rejected', (_, value, message) => {
    expect(errorFor(value).message).toMatch(message);
  });

  it('a policy without Resource is fine (trust policies have none)', () => {
    expect(parsePolicy(JSON.stringify(GUIDE_TRUST)).ok).toBe(true);
  });
});

// How fast the parser is, is measured by `npm run bench`, never by a timed assertion here: a busy
// CI machine would make such a test fail for no fault of the code.
describe('parsePolicy: hostile input', () => {
  it('parses a 1 MB valid policy', () => {
    const one = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/key' };
    const text = JSON.stringify({ Statement: Array.from({ length: 15_000 }, () => one) });
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = parsePolicy(text);
    expect(result.ok && result.value.statements.length).toBe(15_000);
  });

  it.each([
    ['deep nesting', '['.repeat(500_000) + ']'.repeat(500_000)],
    ['an unclosed deep nesting', '{"a":'.repeat(200_000)],
    ['a 1 MB string value', JSON.stringify({ Statement: 'x'.repeat(1_000_000) })],
    [
      'a 1 MB operator name',
      JSON.stringify(statement({ Condition: { ['X'.repeat(1_000_000)]: { k: 'v' } } })),
    ],
  ])('returns an error for %s without throwing', (_, text) => {
    const result = parsePolicy(text);
    expect(result.ok).toBe(false);
    expect(result.ok || result.error.message.length < 500).toBe(true);
  });
});
