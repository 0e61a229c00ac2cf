import { permissionPolicy } from './policies';
import type { EditExercise } from './types';

const READ_REPORTS = {
  Sid: 'ReadReports',
  Effect: 'Allow',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::example-app-reports/*',
};

export const fixMissingListPermission: EditExercise = {
  id: 'fix-missing-list-permission',
  group: 'troubleshooting',
  kind: 'fix',
  title: 'The role may read objects, not list buckets',
  brief:
    'The pod gets: User: arn:aws:sts::111122223333:assumed-role/s3-reader/botocore-session-… is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action. Edit the permission policy so that it lists its buckets, and keep it reading the reports.',
  start: { flow: 'irsa', entry: 'missing-list-permission' },
  hints: [
    'The message names assumed-role/s3-reader: IRSA worked. What does the role allow?',
    'ListBuckets needs the action s3:ListAllMyBuckets. Which resource does it act on?',
    'Add a statement: "Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*".',
  ],
  explanation:
    'AccessDenied "because no identity-based policy allows the s3:ListAllMyBuckets action", at step 6. The pod has the role, but its policy only allows s3:GetObject on one bucket. ListBuckets is authorized as s3:ListAllMyBuckets, which acts on no bucket, so its statement needs "Resource": "*". With no statement allowing it, the implicit deny stands.',
  editable: ['permissionPolicy'],
  // The permission policy decides what the role may do, not who gets it: no attacker to keep out.
  attackers: [],
  solution: {
    wiring: {
      permissionPolicy: permissionPolicy(READ_REPORTS, {
        Sid: 'ListBuckets',
        Effect: 'Allow',
        Action: 's3:ListAllMyBuckets',
        Resource: '*',
      }),
    },
  },
  alsoCorrect: [
    // A wildcard in Action: s3:ListAll* covers s3:ListAllMyBuckets.
    {
      wiring: {
        permissionPolicy: permissionPolicy(READ_REPORTS, {
          Effect: 'Allow',
          Action: 's3:ListAll*',
          Resource: '*',
        }),
      },
    },
  ],
  wrong: [
    // ListAllMyBuckets on one bucket's ARN: the action has no bucket resource.
    {
      wiring: {
        permissionPolicy: permissionPolicy(READ_REPORTS, {
          Effect: 'Allow',
          Action: 's3:ListAllMyBuckets',
          Resource: 'arn:aws:s3:::example-app-reports',
        }),
      },
    },
    // s3:ListBucket lists the objects of one bucket, not the account's buckets.
    {
      wiring: {
        permissionPolicy: permissionPolicy(READ_REPORTS, {
          Effect: 'Allow',
          Action: 's3:ListBucket',
          Resource: '*',
        }),
      },
    },
  ],
};
