import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet } from 'jose';
import type { ProjectedTokenClaims } from '../kubernetes/request-service-account-token';
import type { Check } from '../result';
import type { RunEnvironment } from '../run-environment';
import { podIdentityErrors, seenInPodAfterAgentError } from './errors';
import { POD_IDENTITY_AUDIENCE } from './names';
import { agentErrorResponse, restJsonError } from './responses';
import { need, type PodIdentityRunRecord } from './run-record';
import type { EksAuthVerifiesTokenStep, PodIdentityError } from './types';

/**
 * Step 3. EKS Auth verifies the token against the cluster issuer's keys (RS256, `iss` = the
 * cluster's OIDC issuer, `aud` = pods.eks.amazonaws.com, `exp`), then looks up the association of
 * the token's namespace and ServiceAccount in the cluster named in the URI. Inside AWS this needs
 * no OIDC provider in IAM: that is the difference from IRSA. jose does the verification.
 */
export async function eksAuthVerifiesToken(
  world: PodIdentityRunRecord['world'],
  run: PodIdentityRunRecord,
  env: RunEnvironment,
): Promise<EksAuthVerifiesTokenStep> {
  const call = need(run.steps['agent-to-eks-auth'], 'step 2');
  const now = env.clock.now();
  const checks: Check[] = [];
  const base = { verifiedClaims: null, association: null, error: null, errorResponse: null };
  if (!call.request)
    return { ...base, ok: true, checks, skipped: call.skipped ?? 'No call to EKS Auth.' };
  const fail = (error: PodIdentityError, extra: Partial<EksAuthVerifiesTokenStep> = {}) => {
    const agentResponse = agentErrorResponse(error, call.requestId, now);
    return {
      ...base,
      ...extra,
      ok: false,
      checks,
      error,
      errorResponse: restJsonError(error, call.requestId, now),
      agentResponse,
      seenInPod: seenInPodAfterAgentError(agentResponse.status, agentResponse.body),
    };
  };

  const token = (JSON.parse(call.request.body) as { token?: string }).token ?? '';
  let claims: ProjectedTokenClaims;
  try {
    const verified = await jwtVerify(
      token,
      createLocalJWKSet(world.issuer.jwks as unknown as JSONWebKeySet),
      {
        algorithms: ['RS256'],
        issuer: world.issuer.url,
        audience: POD_IDENTITY_AUDIENCE,
        currentDate: now,
      },
    );
    claims = verified.payload as unknown as ProjectedTokenClaims;
  } catch (e) {
    checks.push({
      id: 'token-verified',
      label: 'Token verifies with the cluster issuer’s JWKS (kid, RS256 signature, iss, aud, exp)',
      passed: false,
      expected: `signed by ${world.issuer.url}, aud ${POD_IDENTITY_AUDIENCE}, not expired`,
      actual: e instanceof Error ? e.message : String(e),
    });
    return fail(
      e instanceof errors.JWTExpired
        ? podIdentityErrors.tokenExpired()
        : podIdentityErrors.tokenInvalid(),
    );
  }
  checks.push({
    id: 'token-verified',
    label: 'Token verifies with the cluster issuer’s JWKS (kid, RS256 signature, iss, aud, exp)',
    passed: true,
    expected: `signed by ${world.issuer.url}, aud ${POD_IDENTITY_AUDIENCE}, not expired`,
    actual: `kid ${world.issuer.keys.signing.kid}, aud ${JSON.stringify(claims.aud)}, exp ${claims.exp}`,
  });

  const k8s = claims['kubernetes.io'];
  const wanted = `${world.cluster.name}/${k8s.namespace}/${k8s.serviceaccount.name}`;
  const found = world.eks.association;
  const matches =
    found !== null &&
    found.clusterName === world.cluster.name &&
    found.namespace === k8s.namespace &&
    found.serviceAccount === k8s.serviceaccount.name;
  checks.push({
    id: 'association-found',
    label: 'A pod identity association exists for the token’s namespace and ServiceAccount',
    passed: matches,
    expected: wanted,
    actual: found
      ? `${found.clusterName}/${found.namespace}/${found.serviceAccount} (${found.associationId})`
      : '(no association)',
  });
  if (!matches || !found)
    return fail(podIdentityErrors.associationNotFound(), { verifiedClaims: claims });
  return {
    ...base,
    ok: true,
    checks,
    verifiedClaims: claims,
    association: {
      associationArn: found.associationArn,
      associationId: found.associationId,
      roleArn: found.roleArn,
    },
  };
}
