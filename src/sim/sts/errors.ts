/**
 * The STS errors the walkthrough can produce, with AWS's code, HTTP status and wording.
 * `evidence` says how sure we are of each message (irsa-facts.md §6.4–6.5, §7).
 */
import { simError, type Hop, type SimError } from '../result';

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
    ),
  tokenMalformed: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_TOKEN_MALFORMED',
      'InvalidIdentityToken',
      400,
      INVALID_TOKEN_MODEL_TEXT,
      'model',
    ),
  providerNotFound: (hop: Hop, issuer: string): SimError =>
    simError(
      hop,
      'ERR_PROVIDER_NOT_FOUND',
      'InvalidIdentityToken',
      400,
      `No OpenIDConnect provider found in your account for ${issuer}`,
      'observed',
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
    ),
  signatureInvalid: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_SIGNATURE_INVALID',
      'InvalidIdentityToken',
      400,
      INVALID_TOKEN_MODEL_TEXT,
      'model',
    ),
  algorithmNotAllowed: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_ALGORITHM_NOT_ALLOWED',
      'InvalidIdentityToken',
      400,
      INVALID_TOKEN_MODEL_TEXT,
      'model',
    ),
  audienceMissing: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_AUDIENCE_MISSING',
      'InvalidIdentityToken',
      400,
      'Missing a required claim: aud',
      'observed',
    ),
  audienceIncorrect: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_AUDIENCE_INCORRECT',
      'InvalidIdentityToken',
      400,
      'Incorrect token audience',
      'observed',
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
    ),
  tokenNotYetValid: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_TOKEN_NOT_YET_VALID',
      'InvalidIdentityToken',
      400,
      INVALID_TOKEN_MODEL_TEXT,
      'unconfirmed',
    ),
  trustPolicyDenied: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_TRUST_POLICY_DENIED',
      'AccessDenied',
      403,
      'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      'observed',
    ),
  durationExceedsMax: (hop: Hop): SimError =>
    simError(
      hop,
      'ERR_DURATION_EXCEEDS_MAX',
      'ValidationError',
      400,
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      'observed',
    ),
};
