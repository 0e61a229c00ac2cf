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
