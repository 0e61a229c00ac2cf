import { decodeJwt, decodeProtectedHeader } from 'jose';
import { formDecode } from '../http';
import { issuerHostPath, parseRoleArn } from '../names';
import type { World } from '../prepare-world';
import type { Check, SimError } from '../result';
import type { RunEnvironment } from '../run-environment';
import type { PodToStsStep, StsToIamStep } from '../steps';
import { stsErrors } from './errors';
import { stsErrorResponse } from './responses';

const HOP = 'sts-to-iam';

/** Decode a compact JWT without verifying it; null when it is not a JWT at all. Never throws. */
export function decodeUnverified(
  token: string,
): { header: Record<string, unknown>; claims: Record<string, unknown> } | null {
  try {
    return { header: decodeProtectedHeader(token), claims: decodeJwt(token) };
  } catch {
    return null;
  }
}

/**
 * Step 2. STS reads the token's `iss` (not yet trusting it) and asks IAM whether the role's
 * account has an OIDC identity provider registered for that issuer.
 */
export function lookUpOidcProvider(
  world: World,
  sent: PodToStsStep,
  env: RunEnvironment,
): StsToIamStep {
  const now = env.clock.now();
  const received = new Map(formDecode(sent.request?.body ?? ''));
  const token = received.get('WebIdentityToken') ?? '';
  const checks: Check[] = [];
  const fail = (partial: Partial<StsToIamStep>, error: SimError): StsToIamStep => ({
    unverified: null,
    accountId: null,
    provider: null,
    ...partial,
    ok: false,
    checks,
    error,
    errorResponse: stsErrorResponse(error, sent.requestId, now),
  });

  const unverified = decodeUnverified(token);
  const iss = unverified?.claims.iss;
  checks.push({
    id: 'token-decodes',
    label: 'WebIdentityToken is a JWT with an iss claim',
    passed: typeof iss === 'string',
    expected: 'header.payload.signature with a string "iss"',
    actual: unverified ? `iss = ${JSON.stringify(iss)}` : 'not a decodable JWT',
  });
  if (!unverified || typeof iss !== 'string')
    return fail({ unverified }, stsErrors.tokenMalformed(HOP));

  // The request's RoleArn was validated in step 1; the provider must live in the role's account.
  const accountId = parseRoleArn(received.get('RoleArn') ?? '')?.accountId ?? null;
  const providers = accountId === world.iam.accountId ? world.iam.oidcProviders : [];
  const provider = providers.find((p) => p.Url === issuerHostPath(iss)) ?? null;
  checks.push({
    id: 'provider-registered',
    label: `An IAM OIDC provider for the token's issuer exists in account ${accountId ?? '?'}`,
    passed: provider !== null,
    expected: `oidc-provider/${issuerHostPath(iss)}`,
    actual: providers.length
      ? providers.map((p) => p.Arn).join(', ')
      : '(no OIDC providers in this account)',
  });
  if (!provider) return fail({ unverified, accountId }, stsErrors.providerNotFound(HOP, iss));
  return { unverified, accountId, provider, ok: true, checks, error: null, errorResponse: null };
}
