import type { EditExercise } from './types';

export const fixMalformedRoleArn: EditExercise = {
  id: 'fix-malformed-role-arn',
  group: 'troubleshooting',
  kind: 'fix',
  title: 'Request ARN is invalid',
  brief:
    "STS answers ValidationError: Request ARN is invalid. The role is s3-reader in account 111122223333. Fix the ServiceAccount's eks.amazonaws.com/role-arn annotation.",
  start: { flow: 'irsa', entry: 'malformed-role-arn' },
  hints: [
    'Compare the annotation with the role ARN that aws iam get-role --role-name s3-reader prints.',
    'An ARN is arn:partition:service:region:account:resource. IAM is global: its region field is empty.',
    'arn:aws:iam::111122223333:role/s3-reader, with two colons after iam.',
  ],
  explanation:
    'ValidationError: Request ARN is invalid, at step 1. The annotation read arn:aws:iam:111122223333:role/s3-reader: with one colon after iam the account fills the region field and the ARN does not parse. IAM role ARNs have an empty region field, arn:aws:iam::111122223333:role/s3-reader. STS refuses the request before it looks at the token.',
  editable: ['roleArnAnnotation'],
  // Which role the pod asks for cannot widen who may assume it: the trust policy decides that.
  attackers: [],
  solution: { wiring: { roleArnAnnotation: 'arn:aws:iam::{{accountId}}:role/{{roleName}}' } },
  // As a trainee types it.
  alsoCorrect: [{ wiring: { roleArnAnnotation: 'arn:aws:iam::111122223333:role/s3-reader' } }],
  wrong: [
    // IAM ARNs carry no region: still not a role ARN.
    { wiring: { roleArnAnnotation: 'arn:aws:iam:us-west-2:111122223333:role/s3-reader' } },
    // Well formed, but no such role: STS refuses it at step 4 like one that does not trust you.
    { wiring: { roleArnAnnotation: 'arn:aws:iam::111122223333:role/s3-readers' } },
  ],
};
