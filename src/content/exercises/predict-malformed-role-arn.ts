import type { PredictExercise } from './types';

export const predictMalformedRoleArn: PredictExercise = {
  id: 'predict-malformed-role-arn',
  group: 'basics',
  kind: 'predict',
  title: 'One colon missing in the role ARN',
  brief:
    'The ServiceAccount is annotated eks.amazonaws.com/role-arn: arn:aws:iam:111122223333:role/s3-reader (one colon where IAM ARNs have two). The webhook injected it into AWS_ROLE_ARN as written. The run stands at Setup.',
  start: { flow: 'irsa', entry: 'malformed-role-arn' },
  pauseAt: 0,
  question: 'What does AWS answer?',
  choices: [
    {
      label: 'ValidationError',
      predicts: { awsCode: 'ValidationError' },
      misconception: '',
    },
    {
      label: 'AccessDenied',
      predicts: { awsCode: 'AccessDenied' },
      misconception:
        'AccessDenied at step 4 is for a well-formed ARN of a role that does not trust the token (or does not exist). An ARN STS cannot parse is refused at step 1, before anything else.',
    },
    {
      label: 'InvalidIdentityToken',
      predicts: { awsCode: 'InvalidIdentityToken' },
      misconception:
        "The token is fine; STS checks the request's parameters before it looks at the token.",
    },
    {
      label: 'NoSuchEntity',
      predicts: { awsCode: 'NoSuchEntity' },
      misconception:
        "NoSuchEntity is IAM's answer to GetRole. STS never says whether a role exists: a missing role is refused like one that does not trust you.",
    },
  ],
  hints: [
    'Count the colons: arn:aws:iam::<account>:role/<name>.',
    'STS checks the request first: is RoleArn an ARN at all?',
  ],
  explanation:
    'ValidationError: Request ARN is invalid, at step 1. IAM ARNs have an empty region field (arn:aws:iam::111122223333:role/s3-reader); with one colon the account lands in the region field and the ARN does not parse. The webhook only warns, so STS rejects the request before it looks at the token.',
};
