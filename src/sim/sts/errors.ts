/**
 * The STS errors the walkthrough can produce, with AWS's code, HTTP status and wording.
 * `evidence` says how sure we are of each message, `source` where it was checked
 * (docs/aws-facts.md lists them all).
 */
import { simError, type Hop, type MessageSource, type SimError } from '../result';

const gh = (repo: string, kind: 'issues' | 'pull', n: number): MessageSource => ({
  title: `${repo}#${n}`,
  url: `https://github.com/${repo}/${kind}/${n}`,
});
const API_REFERENCE: MessageSource = {
  title: 'STS API Reference, AssumeRoleWithWebIdentity (errors)',
  url: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html',
};

/** STS's model description of InvalidIdentityToken; the runtime wording for these cases is unconfirmed. */
const INVALID_TOKEN_MODEL_TEXT =
  'The web identity token that was passed could not be validated by Amazon Web Services. Get a new identity token from the identity provider and then retry the request.';

export const stsErrors = {
  roleArnInvalid: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_ROLE_ARN_INVALID',
      'ValidationError',
      400,
      'Request ARN is invalid',
      'observed',
      gh('crossplane/crossplane', 'issues', 3160),
    ),
  // AWS's length errors end at the limit, with no "(length N)" after it (captured for other
  // members: 'roleSessionName' … 64 in youyo/awslogin#20, 'statementId' … 100 in
  // matt-filion/serverless-external-s3-event#51). This member's exact text is not captured.
  tokenTooLong: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_TOKEN_MALFORMED',
      'ValidationError',
      400,
      "1 validation error detected: Value at 'webIdentityToken' failed to satisfy constraint: Member must have length less than or equal to 20000",
      'unconfirmed',
      gh('youyo/awslogin', 'issues', 20),
    ),
  tokenMalformed: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_TOKEN_MALFORMED',
      'InvalidIdentityToken',
      400,
      INVALID_TOKEN_MODEL_TEXT,
      'model',
      API_REFERENCE,
    ),
  providerNotFound: (hop: Hop, issuer: string): SimError =>
    simError(
      hop,
      'ERR_PROVIDER_NOT_FOUND',
      'InvalidIdentityToken',
      400,
      `No OpenIDConnect provider found in your account for ${issuer}`,
      'observed',
      gh('kubernetes-sigs/aws-load-balancer-controller', 'issues', 2315),
    ),
  // The message is observed for unreachable keys; that a missing `kid` gives the same one is unconfirmed.
  verificationKeyNotFound: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_VERIFICATION_KEY_NOT_FOUND',
      'InvalidIdentityToken',
      400,
      "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
      'unconfirmed',
      gh('awslabs/aws-sdk-rust', 'issues', 827),
    ),
  signatureInvalid: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_SIGNATURE_INVALID',
      'InvalidIdentityToken',
      400,
      INVALID_TOKEN_MODEL_TEXT,
      'model',
      API_REFERENCE,
    ),
  algorithmNotAllowed: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_ALGORITHM_NOT_ALLOWED',
      'InvalidIdentityToken',
      400,
      INVALID_TOKEN_MODEL_TEXT,
      'model',
      API_REFERENCE,
    ),
  audienceMissing: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_AUDIENCE_MISSING',
      'InvalidIdentityToken',
      400,
      'Missing a required claim: aud',
      'observed',
      gh('aws/aws-sdk-ruby', 'issues', 2698),
    ),
  audienceIncorrect: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_AUDIENCE_INCORRECT',
      'InvalidIdentityToken',
      400,
      'Incorrect token audience',
      'observed',
      gh('awslabs/amazon-eks-irsa-cfn', 'pull', 18),
    ),
  // Verbatim from real captures, including the missing space before the second number.
  tokenExpired: (hop: Hop, now: number, exp: number): SimError =>
    simError(
      hop,
      'ERR_TOKEN_EXPIRED',
      'ExpiredTokenException',
      400,
      // Today's form, with a space before the second number (STS XML captured in 2024, and
      // aws/aws-sdk-java-v2#5709); captures from 2021 have no space there.
      `Token expired: current date/time ${now} must be before the expiration date/time ${exp}`,
      'observed',
      gh('aws/aws-sdk-java-v2', 'issues', 5709),
    ),
  tokenNotYetValid: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_TOKEN_NOT_YET_VALID',
      'InvalidIdentityToken',
      400,
      INVALID_TOKEN_MODEL_TEXT,
      'unconfirmed',
      API_REFERENCE,
    ),
  trustPolicyDenied: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_TRUST_POLICY_DENIED',
      'AccessDenied',
      403,
      'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      'observed',
      gh('helm/charts', 'issues', 20504),
    ),
  // Captured as "api error Throttling: Rate exceeded" from aws-sdk-go-v2 (aws/aws-sdk-go-v2#2544).
  throttled: (hop: Hop): SimError =>
    simError(hop, 'ERR_STS_THROTTLED', 'Throttling', 400, 'Rate exceeded', 'observed', {
      title: 'aws/aws-sdk-go-v2#2544',
      url: 'https://github.com/aws/aws-sdk-go-v2/issues/2544',
    }),
  // Captured from aws-sdk-java-v2 in prometheus-community/helm-charts#3596 (no "because …" tail).
  assumeRoleDenied: (principalArn: string, roleArn: string): SimError =>
    simError(
      'pod-to-s3',
      'ERR_ASSUME_ROLE_DENIED',
      'AccessDenied',
      403,
      `User: ${principalArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
      'observed',
      {
        title: 'prometheus-community/helm-charts#3596',
        url: 'https://github.com/prometheus-community/helm-charts/issues/3596',
      },
    ),
  durationExceedsMax: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_DURATION_EXCEEDS_MAX',
      'ValidationError',
      400,
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      'observed',
      gh('kreuzwerker/awsu', 'issues', 27),
    ),
};
