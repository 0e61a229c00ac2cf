import { decodeJwt } from 'jose';
import { epochSeconds } from '../clock';
import { headerValue, utf8Length, type HttpRequest } from '../http';
import { evaluatePolicies, parsePolicy } from '../iam/policy';
import type { Check } from '../result';
import type { RunEnvironment } from '../run-environment';
import { amzDate } from '../s3/list-buckets';
import { parseAuthorization, signRequest, type SigV4Request, type SigV4Result } from '../sigv4';
import { conditionCheck } from '../sts/evaluate-trust-policy';
import { podIdentityErrors, seenInPodAfterAgentError } from './errors';
import {
  AGENT_HOST,
  EKS_AUTH_SIGNING_NAME,
  assumeRoleForPodIdentityPath,
  eksAuthHost,
} from './names';
import { nodeRoleCredentials } from './node-credentials';
import { agentErrorResponse, restJsonError } from './responses';
import { need, type PodIdentityRunRecord } from './run-record';
import type { AgentToEksAuthStep, PodIdentityError } from './types';

const ACTION = 'eks-auth:AssumeRoleForPodIdentity';
/** The agent's SDK (aws-sdk-go-v2, as CloudTrail's userAgent shows); User-Agent is never signed. */
const USER_AGENT =
  'aws-sdk-go-v2/1.21.2 os/linux lang/go#1.19.13 md/GOOS#linux md/GOARCH#amd64 api/eksauth#1.0.0-zeta.e49712bf27d5';

/**
 * Step 2. The agent checks the call came to 169.254.170.23 and that the token parses (its own
 * "rough" validation, internal/validation/request.go), takes the node role's credentials from
 * IMDS and calls EKS Auth AssumeRoleForPodIdentity: `POST /clusters/{clusterName}/assume-role-for-
 * pod-identity` with `{"token":"<jwt>"}`, SigV4 for service `eks-auth`. Signed headers as a Go v2
 * SDK call to EKS shows them (hashicorp/terraform-provider-aws#34711): amz-sdk-invocation-id;
 * content-length;content-type;host;x-amz-date;x-amz-security-token. EKS Auth recomputes the
 * signature and asks IAM whether the node role may call eks-auth:AssumeRoleForPodIdentity on the
 * cluster (resource type `cluster`, Service Authorization Reference, Amazon EKS Auth).
 */
export async function agentCallsEksAuth(
  world: PodIdentityRunRecord['world'],
  run: PodIdentityRunRecord,
  env: RunEnvironment,
): Promise<AgentToEksAuthStep> {
  const asked = need(run.steps['pod-to-agent'], 'step 1');
  const ids = env.ids('pod-identity-eks-auth');
  const requestId = ids.uuid();
  const now = env.clock.now();
  const checks: Check[] = [];
  const base = {
    imds: null,
    nodeSessionArn: null,
    request: null,
    signing: null,
    serverSigning: null,
    evaluation: null,
    requestId,
    error: null,
    errorResponse: null,
  };
  if (!asked.request)
    return {
      ...base,
      ok: true,
      checks,
      skipped: 'The SDK never called the agent (no Pod Identity variables).',
    };

  const token = headerValue(asked.request.headers, 'Authorization') ?? '';
  let claims: { exp?: number };
  try {
    claims = decodeJwt(token);
  } catch {
    claims = {};
  }
  const host = headerValue(asked.request.headers, 'Host') ?? '';
  checks.push(
    {
      id: 'agent-target-host',
      label: 'The agent was called on its own address',
      passed: host === AGENT_HOST,
      expected: `${AGENT_HOST} or fd00:ec2::23`,
      actual: host,
    },
    {
      // The agent only parses the token; EKS Auth verifies it (step 3).
      id: 'agent-token-parses',
      label: 'The token parses as a JWT (the agent’s rough check)',
      passed: typeof claims.exp === 'number',
      expected: 'a JWT with exp',
      actual:
        typeof claims.exp === 'number'
          ? `exp ${claims.exp} (${claims.exp > epochSeconds(now) ? 'in the future' : 'past'})`
          : '(not a JWT)',
    },
  );

  const node = nodeRoleCredentials(world, env);
  const body = JSON.stringify({ token });
  const unsigned: SigV4Request = {
    method: 'POST',
    path: assumeRoleForPodIdentityPath(world.cluster.name),
    query: [],
    headers: [
      ['Host', eksAuthHost(world.scenario.region)],
      ['Amz-Sdk-Invocation-Id', ids.uuid()],
      ['Content-Length', String(utf8Length(body))],
      ['Content-Type', 'application/json'],
      ['X-Amz-Date', amzDate(now)],
      ['X-Amz-Security-Token', node.credentials.SessionToken],
    ],
    body,
  };
  const signing = await signRequest(
    unsigned,
    {
      accessKeyId: node.credentials.AccessKeyId,
      secretAccessKey: node.credentials.SecretAccessKey,
    },
    {
      region: world.scenario.region,
      service: EKS_AUTH_SIGNING_NAME,
      amzDate: amzDate(now),
      normalizePath: true,
    },
  );
  const [hostHeader, ...rest] = unsigned.headers;
  const request: HttpRequest = {
    method: 'POST',
    target: unsigned.path,
    headers: [
      hostHeader!,
      ['User-Agent', USER_AGENT],
      ...rest,
      ['Authorization', signing.authorization],
    ],
    body,
  };
  const sent = { ...base, imds: node.exchange, nodeSessionArn: node.sessionArn, request, signing };
  const fail = (
    error: PodIdentityError,
    extra: Partial<AgentToEksAuthStep> = {},
  ): AgentToEksAuthStep => {
    const agentResponse = agentErrorResponse(error, requestId, now);
    return {
      ...sent,
      ...extra,
      ok: false,
      checks,
      error,
      errorResponse: restJsonError(error, requestId, now),
      agentResponse,
      seenInPod: seenInPodAfterAgentError(agentResponse.status, agentResponse.body),
    };
  };

  // EKS Auth's side: the signature, recomputed from the request as received.
  const serverSigning = await recompute(request, node.credentials);
  const auth = parseAuthorization(headerValue(request.headers, 'Authorization') ?? '');
  checks.push({
    id: 'signature',
    label: 'Signature recomputed by EKS Auth equals the one in Authorization',
    passed: serverSigning?.signature === auth?.signature,
    expected: serverSigning?.signature ?? '(no SigV4 Authorization header)',
    actual: auth?.signature ?? '',
  });
  if (!serverSigning || serverSigning.signature !== auth?.signature)
    return fail(podIdentityErrors.signatureMismatch(), { serverSigning });

  const nodeRole = world.iam.roles.find((r) => r.Arn === world.node.roleArn);
  const parsed = parsePolicy(nodeRole?.PermissionPolicy ?? '');
  const evaluation = parsed.ok
    ? evaluatePolicies([parsed.value], { action: ACTION, resource: world.cluster.arn, keys: {} })
    : null;
  evaluation?.statements.forEach((s) => {
    const name = s.sid ? `Node role statement "${s.sid}"` : `Node role statement ${s.index + 1}`;
    checks.push({
      id: `node-permission-${s.index}`,
      label: `${name} (${s.effect}): Action and Resource match`,
      passed: s.actionMatched && s.resourceMatched,
      expected: `${ACTION} on ${world.cluster.arn}`,
      actual: s.actionMatched ? 'action listed' : 'action not listed',
    });
    s.conditions.forEach((c, i) =>
      checks.push(conditionCheck(`node-permission-${s.index}-condition-${i}`, name, c)),
    );
  });
  const allowed = evaluation?.decision === 'Allow';
  checks.push({
    id: 'node-permission-decision',
    label: `The node role may call ${ACTION}`,
    passed: allowed,
    expected: 'Allow',
    actual: evaluation?.decision ?? 'invalid policy',
  });
  if (!allowed)
    return fail(podIdentityErrors.nodeRoleDenied(node.sessionArn, world.cluster.arn), {
      serverSigning,
      evaluation,
    });
  return { ...sent, serverSigning, evaluation, ok: true, checks };
}

/** EKS Auth's recomputation: only the headers the client listed in SignedHeaders. */
async function recompute(
  request: HttpRequest,
  credentials: { AccessKeyId: string; SecretAccessKey: string },
): Promise<SigV4Result | null> {
  const auth = parseAuthorization(headerValue(request.headers, 'Authorization') ?? '');
  if (!auth || auth.accessKeyId !== credentials.AccessKeyId) return null;
  const signed = new Set(auth.signedHeaders);
  return signRequest(
    {
      method: request.method,
      path: request.target,
      query: [],
      headers: request.headers.filter(([n]) => signed.has(n.toLowerCase())),
      body: request.body,
    },
    { accessKeyId: credentials.AccessKeyId, secretAccessKey: credentials.SecretAccessKey },
    {
      region: auth.region,
      service: auth.service,
      amzDate: headerValue(request.headers, 'X-Amz-Date') ?? '',
      normalizePath: true,
    },
  );
}
