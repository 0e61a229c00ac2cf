import type { PredictExercise } from './types';

export const predictHappyPath: PredictExercise = {
  id: 'predict-happy-path',
  group: 'basics',
  kind: 'predict',
  title: 'Everything set up as the guide says',
  brief:
    'The ServiceAccount default/my-service-account is annotated with the role s3-reader, the account has an IAM OIDC provider for the cluster, the trust policy pins :sub to this ServiceAccount and :aud to sts.amazonaws.com, and the role may list buckets. The run stands at Setup.',
  start: { flow: 'irsa', entry: 'happy-path' },
  pauseAt: 0,
  question: 'Which step refuses?',
  choices: [
    {
      label: 'None: the pod lists its buckets',
      predicts: { failsAt: null },
      misconception: '',
    },
    {
      label: 'Step 3: AWS cannot check a token the cluster signed with its own private key',
      predicts: { failsAt: 3 },
      misconception:
        "STS never needs the cluster's private key: it verifies the signature with the public key the issuer publishes in its JWKS (the issuer URL's /keys).",
    },
    {
      label: 'Step 4: the trust policy has to trust the pod by name',
      predicts: { failsAt: 4 },
      misconception:
        "It does: the token's sub is system:serviceaccount:default:my-service-account, exactly what the trust policy pins, and aud is sts.amazonaws.com.",
    },
    {
      label: "Step 6: S3 sees the node's identity, not the pod's",
      predicts: { failsAt: 6 },
      misconception:
        "The webhook gave the pod AWS_ROLE_ARN and a token, so the SDK assumes s3-reader: S3 sees the role's session, not the node role.",
    },
  ],
  hints: [
    'Walk the six hops: is any of them missing a piece?',
    'Annotation, provider, trust policy and permission policy are all in place.',
  ],
  explanation:
    "No error: every hop has what it needs. STS finds the provider by the token's iss (step 2), verifies the signature with the JWKS and checks aud and exp (step 3), the trust policy matches sub and aud (step 4), STS returns credentials for an hour (step 5) and S3 lets the role's session list the buckets (step 6).",
};
