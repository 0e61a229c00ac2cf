import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet } from 'jose';
import { epochSeconds } from '../clock';
import { formDecode } from '../http';
import type { ProjectedTokenClaims } from '../kubernetes/request-service-account-token';
import { DISCOVERY_PATH, type DiscoveryDocument, type Jwks } from '../oidc/discovery';
import { fetchFromIssuer } from '../oidc/serve-issuer';
import type { World } from '../prepare-world';
import type { Check, SimError } from '../result';
import type { RunEnvironment } from '../run-environment';
import type { IamToOidcStep, PodToStsStep, StsToIamStep } from '../steps';
import { describeEpoch, describeExpiry } from '../time/describe-epoch';
import { STS_ALGORITHMS } from './algorithms';
import { EXP_CLOCK_SKEW_SECONDS, expiredForSts } from './clock-skew';
import { stsErrors } from './errors';
import { keyOrSignatureFailure } from './jose-failures';
import { stsErrorResponse } from './responses';
import { decodeUnverified } from './look-up-oidc-provider';

const HOP = 'iam-to-oidc';

/**
 * Step 3. The issuer's discovery document and JWKS are fetched, then jose verifies the token:
 * algorithm, `kid` → key, signature, `iss`, `aud` ∈ the provider's client IDs, `nbf`, `exp`
 * (jose's order). The six-step story says IAM does this; in reality STS fetches the keys itself.
 */
export async function verifyWebIdentityToken(
  world: World,
  sent: PodToStsStep,
  lookup: StsToIamStep,
  env: RunEnvironment,
): Promise<IamToOidcStep> {
  const now = env.clock.now();
  const token = new Map(formDecode(sent.request?.body ?? '')).get('WebIdentityToken') ?? '';
  const unverified = decodeUnverified(token);
  const header = unverified?.header ?? {};
  const claims = unverified?.claims ?? {};
  const iss = typeof claims.iss === 'string' ? claims.iss : '';
  const clientIds = lookup.provider?.ClientIDList ?? [];
  const checks: Check[] = [];
  const base = { discovery: null, jwks: null, verifiedClaims: null } as Pick<
    IamToOidcStep,
    'discovery' | 'jwks' | 'verifiedClaims'
  >;
  const fail = (error: SimError): IamToOidcStep => ({
    ...base,
    ok: false,
    checks,
    error,
    errorResponse: stsErrorResponse(error, sent.requestId, now),
  });

  base.discovery = fetchFromIssuer(world.issuer, `${iss}${DISCOVERY_PATH}`, env.ids('oidc'), now);
  const discovery = parseJson<DiscoveryDocument>(base.discovery.response.body);
  checks.push({
    id: 'discovery-issuer',
    label: 'Discovery document "issuer" equals the token\'s iss',
    passed: discovery?.issuer === iss,
    expected: iss,
    actual: discovery?.issuer ?? `HTTP ${base.discovery.response.status}`,
  });
  if (discovery?.issuer !== iss) return fail(stsErrors.verificationKeyNotFound(HOP));

  base.jwks = fetchFromIssuer(world.issuer, discovery.jwks_uri, env.ids('oidc'), now);
  const jwks = parseJson<Jwks>(base.jwks.response.body) ?? { keys: [] };
  const kids = jwks.keys.map((k) => k.kid);
  // Epoch values with their UTC time, and how far they are from this check's clock.
  const nowText = `${epochSeconds(now)}, ${describeEpoch(epochSeconds(now), now).utc}`;
  const timeText = (value: unknown, relative: (v: number) => string) =>
    typeof value === 'number'
      ? `${value} (${describeEpoch(value, now).utc}, ${relative(value)})`
      : String(value);
  const expected = {
    alg: STS_ALGORITHMS.join(', '),
    kid: kids.join(', ') || '(JWKS is empty)',
    signature: `valid ${String(header.alg)} signature by key ${String(header.kid)}`,
    iss,
    aud: `one of ${JSON.stringify(clientIds)} (the provider's client IDs)`,
    nbf: `nbf ≤ now (${nowText})`,
    exp: `now (${nowText}) < exp + ${EXP_CLOCK_SKEW_SECONDS} s (IAM's clock-skew window)`,
  };
  const actual = {
    alg: String(header.alg),
    kid: String(header.kid),
    signature: 'signature verified with jose',
    iss,
    aud: JSON.stringify(claims.aud),
    nbf: timeText(claims.nbf, (v) => describeEpoch(v, now).relative),
    exp: timeText(claims.exp, (v) =>
      v <= epochSeconds(now) && !expiredForSts(v, epochSeconds(now))
        ? `${describeExpiry(v, now)}, inside the 5-minute window: accepted`
        : describeExpiry(v, now),
    ),
  };
  const order = ['alg', 'kid', 'signature', 'iss', 'aud', 'nbf', 'exp'] as const;
  const labels: Record<(typeof order)[number], string> = {
    alg: 'Header alg is one STS accepts',
    kid: 'JWKS has a key whose kid matches the header',
    signature: 'Signature verifies with that key',
    iss: 'iss claim equals the issuer',
    aud: "aud claim is in the provider's client ID list",
    nbf: 'Token is already valid (nbf)',
    exp: 'Token has not expired (exp)',
  };
  const record = (upTo: (typeof order)[number] | null, failedActual?: string) => {
    for (const id of order) {
      const failed = id === upTo;
      checks.push({
        id,
        label: labels[id],
        passed: !failed,
        expected: expected[id],
        actual:
          failed && failedActual
            ? failedActual
            : failed && id === 'signature'
              ? 'signature does not verify'
              : actual[id],
      });
      if (failed) return;
    }
  };

  try {
    // jose's tolerance applies to exp (IAM's documented window) and to nbf, for which nothing is
    // documented: nbf is held to the clock itself just below.
    const result = await jwtVerify(token, createLocalJWKSet(jwks as unknown as JSONWebKeySet), {
      algorithms: STS_ALGORITHMS,
      issuer: iss,
      audience: clientIds,
      currentDate: now,
      clockTolerance: EXP_CLOCK_SKEW_SECONDS,
    });
    if (typeof result.payload.nbf === 'number' && result.payload.nbf > epochSeconds(now)) {
      record('nbf');
      return fail(stsErrors.tokenNotYetValid(HOP));
    }
    record(null);
    return {
      ...base,
      verifiedClaims: result.payload as unknown as ProjectedTokenClaims,
      ok: true,
      checks,
      error: null,
      errorResponse: null,
    };
  } catch (e) {
    const { failedAt, error } = mapJoseError(e, now, claims);
    record(failedAt, failedAt === 'aud' && claims.aud === undefined ? '(no aud claim)' : undefined);
    return fail(error);
  }
}

function mapJoseError(
  e: unknown,
  now: Date,
  claims: Record<string, unknown>,
): { failedAt: 'alg' | 'kid' | 'signature' | 'iss' | 'aud' | 'nbf' | 'exp'; error: SimError } {
  const keyOrSignature = keyOrSignatureFailure(e, HOP);
  if (keyOrSignature) return keyOrSignature;
  if (e instanceof errors.JWTExpired) {
    return {
      failedAt: 'exp',
      error: stsErrors.tokenExpired(HOP, epochSeconds(now), Number(claims.exp)),
    };
  }
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.claim === 'aud') {
      return {
        failedAt: 'aud',
        error:
          e.reason === 'missing'
            ? stsErrors.audienceMissing(HOP)
            : stsErrors.audienceIncorrect(HOP),
      };
    }
    if (e.claim === 'nbf') return { failedAt: 'nbf', error: stsErrors.tokenNotYetValid(HOP) };
    if (e.claim === 'iss') return { failedAt: 'iss', error: stsErrors.tokenMalformed(HOP) };
  }
  // Anything else (not a JWS, bad base64url, payload not JSON): the token could not be validated.
  return { failedAt: 'signature', error: stsErrors.tokenMalformed(HOP) };
}

function parseJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}
