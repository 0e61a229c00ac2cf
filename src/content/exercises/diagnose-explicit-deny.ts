import { PERMISSION_POLICY_WITH_DENY } from '../scenarios/policies';
import type { DiagnoseExercise } from './types';

/** The start's policy with one more Allow: what "add the permission" would do. */
const WITH_ANOTHER_ALLOW = JSON.stringify(
  {
    ...JSON.parse(PERMISSION_POLICY_WITH_DENY),
    Statement: [
      ...(JSON.parse(PERMISSION_POLICY_WITH_DENY) as { Statement: object[] }).Statement,
      { Sid: 'ListAgain', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
    ],
  },
  null,
  2,
);

export const diagnoseExplicitDeny: DiagnoseExercise = {
  id: 'diagnose-explicit-deny',
  group: 'troubleshooting',
  kind: 'diagnose',
  title: 'Denied, although the policy allows it',
  brief:
    'The role\'s permission policy has a statement allowing s3:ListAllMyBuckets on "*", yet the pod gets: User: arn:aws:sts::111122223333:assumed-role/s3-reader/botocore-session-… is not authorized to perform: s3:ListAllMyBuckets with an explicit deny in an identity-based policy.',
  start: { flow: 'irsa', entry: 'explicit-deny' },
  question: 'What is the cause?',
  choices: [
    {
      label: 'Another statement of the policy denies s3:*',
      cure: { entryFix: 'explicit-deny' },
      misconception: '',
    },
    {
      label: 'No statement allows s3:ListAllMyBuckets',
      cure: { changes: { wiring: { permissionPolicy: WITH_ANOTHER_ALLOW } } },
      misconception:
        '"with an explicit deny" is not "because no identity-based policy allows": a Deny matched, and an explicit Deny wins over any number of Allows.',
    },
    {
      label: "The trust policy does not trust the pod's ServiceAccount",
      cure: { changes: { wiring: { trustPolicy: null } } },
      misconception:
        'The message names assumed-role/s3-reader: the pod already has the role, so the trust policy let it in at step 4.',
    },
    {
      label: 'The S3 call is sent without the session token',
      cure: { entryFix: 's3-missing-session-token' },
      misconception:
        'A temporary key without its session token is answered InvalidAccessKeyId; here S3 knew the session and evaluated its policy.',
    },
  ],
  hints: [
    'Read the end of the message: why was it not authorized?',
    'In IAM, which wins: an Allow or a Deny?',
  ],
  explanation:
    'AccessDenied "with an explicit deny in an identity-based policy", at step 6. IRSA worked: the session is the role\'s. But besides the Allow for s3:ListAllMyBuckets the policy has a statement denying s3:*, and an explicit Deny always overrides an Allow, whatever the order of the statements. Remove or narrow the Deny.',
};
