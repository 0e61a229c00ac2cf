/** Policy texts the catalogue uses, with {{placeholders}} filled from the scenario's names. */

const trustPolicy = (condition: object) =>
  JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: '{{providerArn}}' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: condition,
        },
      ],
    },
    null,
    2,
  );

/** The correct shape, with a chosen `sub`. */
export const trustPolicyForSub = (sub: string, operator = 'StringEquals') =>
  trustPolicy({
    [operator]: { '{{issuerHostPath}}:sub': sub, '{{issuerHostPath}}:aud': 'sts.amazonaws.com' },
  });

/** Pins only the audience: any service account in the cluster matches. */
export const TRUST_POLICY_WITHOUT_SUB = trustPolicy({
  StringEquals: { '{{issuerHostPath}}:aud': 'sts.amazonaws.com' },
});

export const PERMISSION_POLICY_GET_OBJECT_ONLY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadReports',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::example-app-reports/*',
      },
    ],
  },
  null,
  2,
);

export const PERMISSION_POLICY_WITH_DENY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ListBuckets', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
      { Sid: 'NoS3FromPods', Effect: 'Deny', Action: 's3:*', Resource: '*' },
    ],
  },
  null,
  2,
);

const SUBJECT = 'system:serviceaccount:{{namespace}}:{{serviceAccount}}';

/** Condition keys written with the provider's full ARN instead of its issuer host and path. */
export const TRUST_POLICY_KEYS_AS_PROVIDER_ARN = trustPolicy({
  StringEquals: { '{{providerArn}}:sub': SUBJECT, '{{providerArn}}:aud': 'sts.amazonaws.com' },
});

/** The service account written under `:aud`, where the audience belongs; no `:sub` at all. */
export const TRUST_POLICY_SUBJECT_UNDER_AUD = trustPolicy({
  StringEquals: { '{{issuerHostPath}}:aud': SUBJECT },
});

/** A second cluster that should share the role (a blue/green pair, another region). */
export const OTHER_CLUSTER_HOST_PATH =
  'oidc.eks.eu-west-1.amazonaws.com/id/0A1B2C3D4E5F60718293A4B5C6D7E8F9';
const OTHER_PROVIDER_ARN = `arn:aws:iam::{{accountId}}:oidc-provider/${OTHER_CLUSTER_HOST_PATH}`;

/**
 * Both clusters in one statement: the keys of one StringEquals block are ANDed, and a token
 * carries only its own issuer's keys, so no token ever satisfies both.
 */
export const TRUST_POLICY_TWO_CLUSTERS_ONE_STATEMENT = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: ['{{providerArn}}', OTHER_PROVIDER_ARN] },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            '{{issuerHostPath}}:sub': SUBJECT,
            [`${OTHER_CLUSTER_HOST_PATH}:sub`]: SUBJECT,
          },
        },
      },
    ],
  },
  null,
  2,
);

/** The fix: one statement per cluster's provider. */
export const TRUST_POLICY_ONE_STATEMENT_PER_CLUSTER = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      ['{{providerArn}}', '{{issuerHostPath}}'],
      [OTHER_PROVIDER_ARN, OTHER_CLUSTER_HOST_PATH],
    ].map(([provider, hostPath]) => ({
      Effect: 'Allow',
      Principal: { Federated: provider },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { [`${hostPath}:sub`]: SUBJECT, [`${hostPath}:aud`]: 'sts.amazonaws.com' },
      },
    })),
  },
  null,
  2,
);
