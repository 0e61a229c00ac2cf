/**
 * Policy-shaped inputs for the fuzz tests: random but valid IAM policy documents (every element
 * the grammar allows, in both its single and list forms), the trust policy an IRSA role has, and
 * huge policies (many statements, one giant condition value).
 */
import fc from 'fast-check';
import { BASE_OPERATORS } from '../sim/iam/policy/operators';
import { repeatTo } from './fuzz-inputs';

export const ISSUER_HOST = 'oidc.eks.us-west-2.amazonaws.com/id/5E1D2A3C4B6F7089A1B2C3D4E5F60718';
export const PROVIDER_ARN = `arn:aws:iam::111122223333:oidc-provider/${ISSUER_HOST}`;
export const SUB_KEY = `${ISSUER_HOST}:sub`;
export const AUD_KEY = `${ISSUER_HOST}:aud`;

/** The EKS User Guide's IRSA trust policy. */
export const IRSA_TRUST_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: PROVIDER_ARN },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: {
          [SUB_KEY]: 'system:serviceaccount:default:my-app',
          [AUD_KEY]: 'sts.amazonaws.com',
        },
      },
    },
  ],
};

/** A string, or a non-empty list of them: IAM's "one or many". */
const oneOrMany = (item: fc.Arbitrary<string>) =>
  fc.oneof(item, fc.array(item, { minLength: 1, maxLength: 4 }));

const words = fc.string({ unit: fc.constantFrom(...'abcXYZ019-_/.*?:$'), maxLength: 16 });
const action = fc.oneof(
  fc.constantFrom('*', 'sts:AssumeRoleWithWebIdentity', 's3:ListAllMyBuckets', 's3:*', 'sts:Tag*'),
  fc.tuple(fc.stringMatching(/^[a-z0-9-]{1,10}$/), words).map(([s, a]) => `${s}:${a}`),
);
const resource = fc.oneof(
  fc.constantFrom('*', 'arn:aws:s3:::*', 'arn:aws:s3:::my-bucket/*'),
  words.map((w) => `arn:aws:${w}`),
);
const principal = fc.oneof(
  fc.constant('*' as const),
  fc
    .record(
      {
        Federated: oneOrMany(fc.oneof(fc.constant(PROVIDER_ARN), words)),
        AWS: oneOrMany(fc.constantFrom('*', 'arn:aws:iam::111122223333:root', '111122223333')),
        Service: oneOrMany(fc.constantFrom('pods.eks.amazonaws.com', 'ec2.amazonaws.com')),
        CanonicalUser: oneOrMany(words),
      },
      { requiredKeys: [] },
    )
    .filter((p) => Object.keys(p).length > 0),
);

const operator = fc
  .tuple(
    fc.constantFrom('', 'ForAnyValue:', 'ForAllValues:'),
    fc.constantFrom(...BASE_OPERATORS),
    fc.boolean(),
  )
  .map(([set, base, ifExists]) =>
    base === 'Null' ? 'Null' : `${set}${base}${ifExists ? 'IfExists' : ''}`,
  );
const conditionKey = fc.oneof(
  fc.constantFrom(SUB_KEY, AUD_KEY, 'aws:SecureTransport', 'aws:PrincipalTag/kubernetes-namespace'),
  // Keys named like JavaScript's own, which a lookup in a plain object would find.
  fc.constantFrom('toString', '__proto__', 'constructor', 'hasOwnProperty'),
  words,
);
const conditionValue = fc.oneof(
  fc.constantFrom(
    'system:serviceaccount:default:my-app',
    'sts.amazonaws.com',
    'system:serviceaccount:*',
  ),
  words,
  fc.integer(),
  fc.boolean(),
);
const truth = fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', 'TRUE', 'False'));
const condition = fc
  .dictionary(operator, fc.constant(null), { minKeys: 1, maxKeys: 3 })
  .chain((ops) =>
    fc.record(
      Object.fromEntries(
        Object.keys(ops).map((op) => {
          const values = op === 'Null' || op.includes('Bool') ? truth : conditionValue;
          const one = fc.oneof(values, fc.array(values, { minLength: 1, maxLength: 3 }));
          return [op, fc.dictionary(conditionKey, one, { minKeys: 1, maxKeys: 3 })];
        }),
      ),
    ),
  );

/** One statement: Effect, Action or NotAction, and any of the optional elements. */
export const statementArbitrary = fc
  .record(
    {
      Sid: fc.stringMatching(/^[A-Za-z0-9]{0,12}$/),
      Effect: fc.constantFrom('Allow', 'Deny'),
      principal: fc.option(fc.tuple(fc.constantFrom('Principal', 'NotPrincipal'), principal), {
        nil: undefined,
      }),
      action: fc.tuple(fc.constantFrom('Action', 'NotAction'), oneOrMany(action)),
      resource: fc.option(
        fc.tuple(fc.constantFrom('Resource', 'NotResource'), oneOrMany(resource)),
        {
          nil: undefined,
        },
      ),
      Condition: condition,
    },
    { requiredKeys: ['Effect', 'action'] },
  )
  .map(({ principal: p, action: a, resource: r, ...rest }) => ({
    ...rest,
    ...(p ? { [p[0]]: p[1] } : {}),
    [a[0]]: a[1],
    ...(r ? { [r[0]]: r[1] } : {}),
  }));

/** A valid policy document: one statement or a list, with or without Version and Id. */
export const policyArbitrary = fc.record(
  {
    Version: fc.constantFrom('2012-10-17', '2008-10-17'),
    Id: fc.string({ maxLength: 12 }),
    Statement: fc.oneof(
      statementArbitrary,
      fc.array(statementArbitrary, { minLength: 1, maxLength: 4 }),
    ),
  },
  { requiredKeys: ['Statement'] },
);

/** The text of a valid policy, compact or indented as the AWS CLI prints it. */
export const policyText = fc
  .tuple(policyArbitrary, fc.constantFrom(0, 2, 4, '\t'))
  .map(([policy, indent]) => JSON.stringify(policy, null, indent));

/** Huge policies: thousands of statements, one giant condition value, a giant Sid. */
export const hugePolicyShapes: Record<string, (size: number) => string> = {
  'many statements': (size) => {
    const one = JSON.stringify(IRSA_TRUST_POLICY.Statement[0]);
    const count = Math.max(1, Math.floor((size - 40) / (one.length + 1)));
    return `{"Version":"2012-10-17","Statement":[${Array(count).fill(one).join(',')}]}`;
  },
  'giant condition value': (size) =>
    JSON.stringify({
      ...IRSA_TRUST_POLICY,
      Statement: [
        {
          ...IRSA_TRUST_POLICY.Statement[0],
          Condition: { StringLike: { [SUB_KEY]: repeatTo('*a', size - 400) } },
        },
      ],
    }),
  'giant Sid': (size) =>
    JSON.stringify({
      ...IRSA_TRUST_POLICY,
      Statement: [{ Sid: repeatTo('S', size - 400), ...IRSA_TRUST_POLICY.Statement[0] }],
    }),
};
