import { base64url } from 'jose';
import { isoSeconds } from '../clock';
import { formDecode, xmlEscape } from '../http';
import type { World } from '../prepare-world';
import type { Check } from '../result';
import type { RunEnvironment } from '../run-environment';
import type {
  IamToOidcStep,
  PodToStsStep,
  StsToIamStep,
  StsToPodStep,
  TemporaryCredentials,
} from '../steps';
import { stsErrors } from './errors';
import { STS_XMLNS, stsErrorResponse, stsResponse } from './responses';

const HOP = 'sts-to-pod';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Step 5. STS checks the requested duration against the role's MaxSessionDuration, mints
 * temporary credentials (access key id `ASIA…`) and answers with AssumeRoleWithWebIdentityResponse.
 * The session token is an opaque blob from the seeded id source: its real format is AWS-internal.
 */
export function issueTemporaryCredentials(
  world: World,
  sent: PodToStsStep,
  lookup: StsToIamStep,
  verified: IamToOidcStep,
  env: RunEnvironment,
): StsToPodStep {
  const ids = env.ids('credentials');
  const now = env.clock.now();
  const params = new Map(formDecode(sent.request?.body ?? ''));
  const roleArn = params.get('RoleArn') ?? '';
  const sessionName = params.get('RoleSessionName') ?? '';
  const role = world.iam.roles.find((r) => r.Arn === roleArn);
  const duration = Number(params.get('DurationSeconds') ?? 3600);
  const max = role?.MaxSessionDuration ?? 3600;
  const checks: Check[] = [
    {
      id: 'duration-within-max',
      label: "Requested DurationSeconds ≤ the role's MaxSessionDuration",
      passed: duration <= max,
      expected: `≤ ${max}`,
      actual: String(duration),
    },
  ];
  if (duration > max || !role) {
    // Step 4 already refused a missing role; the guard keeps the types honest.
    const error = role ? stsErrors.durationExceedsMax(HOP) : stsErrors.trustPolicyDenied(HOP);
    const errorResponse = stsErrorResponse(error, sent.requestId, now);
    return {
      imdsRequest: null,
      response: errorResponse,
      credentials: null,
      assumedRoleArn: null,
      ok: false,
      checks,
      error,
      errorResponse,
    };
  }

  const credentials: TemporaryCredentials = {
    AccessKeyId: `ASIA${ids.chars(16, BASE32)}`,
    SecretAccessKey: ids.chars(40, SECRET_ALPHABET),
    SessionToken: base64url.encode(ids.bytes(312)).replace(/-/g, '+').replace(/_/g, '/'),
    Expiration: isoSeconds(new Date(now.getTime() + duration * 1000)),
  };
  const accountId = role.Arn.split(':')[4];
  const assumedRoleArn = `arn:aws:sts::${accountId}:assumed-role/${role.RoleName}/${sessionName}`;
  const claims = verified.verifiedClaims;
  const body = [
    `<AssumeRoleWithWebIdentityResponse xmlns="${STS_XMLNS}">`,
    '  <AssumeRoleWithWebIdentityResult>',
    `    <Audience>${xmlEscape(claims?.aud[0] ?? '')}</Audience>`,
    '    <AssumedRoleUser>',
    `      <AssumedRoleId>${role.RoleId}:${xmlEscape(sessionName)}</AssumedRoleId>`,
    `      <Arn>${xmlEscape(assumedRoleArn)}</Arn>`,
    '    </AssumedRoleUser>',
    `    <Provider>${xmlEscape(lookup.provider?.Arn ?? '')}</Provider>`,
    '    <Credentials>',
    `      <AccessKeyId>${credentials.AccessKeyId}</AccessKeyId>`,
    `      <SecretAccessKey>${credentials.SecretAccessKey}</SecretAccessKey>`,
    `      <SessionToken>${credentials.SessionToken}</SessionToken>`,
    `      <Expiration>${credentials.Expiration}</Expiration>`,
    '    </Credentials>',
    `    <SubjectFromWebIdentityToken>${xmlEscape(claims?.sub ?? '')}</SubjectFromWebIdentityToken>`,
    '  </AssumeRoleWithWebIdentityResult>',
    '  <ResponseMetadata>',
    `    <RequestId>${sent.requestId}</RequestId>`,
    '  </ResponseMetadata>',
    '</AssumeRoleWithWebIdentityResponse>',
    '',
  ].join('\n');
  const response = stsResponse(200, body, sent.requestId, now);
  return {
    imdsRequest: null,
    response,
    credentials,
    assumedRoleArn,
    ok: true,
    checks,
    error: null,
    errorResponse: null,
  };
}
