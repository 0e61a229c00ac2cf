import { base64url } from 'jose';
import { epochSeconds, isoSeconds } from '../clock';
import { evaluatePolicies, parsePolicy, type PolicyEvaluation } from '../iam/policy';
import type { Check } from '../result';
import type { RunEnvironment } from '../run-environment';
import type { TemporaryCredentials } from '../steps';
import { conditionCheck } from '../sts/evaluate-trust-policy';
import { podIdentityErrors, seenInPodAfterAgentError } from './errors';
import {
  POD_IDENTITY_AUDIENCE,
  POD_IDENTITY_SERVICE_PRINCIPAL,
  POD_IDENTITY_SESSION_SECONDS,
  SESSION_TAG_KEYS,
  podIdentitySessionName,
} from './names';
import { agentErrorResponse, restJsonError, restJsonResponse } from './responses';
import { need, type PodIdentityRunRecord } from './run-record';
import type { EksAuthToStsStep, SessionTag } from './types';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ACTIONS = ['sts:AssumeRole', 'sts:TagSession'] as const;

/**
 * Step 4. EKS Auth, as the service principal pods.eks.amazonaws.com, calls sts:AssumeRole on the
 * association's role for 6 hours with six transitive session tags (CloudTrail of a real call,
 * aws-samples/amazon-eks-security-immersion-day deep dive; tag list: EKS User Guide, pod-id-abac).
 * Both sts:AssumeRole and sts:TagSession must be allowed by the trust policy, for principal
 * Service pods.eks.amazonaws.com, with the tags as aws:RequestTag/* and aws:TagKeys. A refusal
 * reaches the pod as EKS Auth's own AccessDeniedException, not STS's. On success EKS Auth answers
 * the agent with AssumeRoleForPodIdentity's JSON (member names and order: botocore's eks-auth
 * model; `expiration` is epoch seconds, rest-json's timestamp format).
 */
export function eksAuthAssumesRole(
  world: PodIdentityRunRecord['world'],
  run: PodIdentityRunRecord,
  env: RunEnvironment,
): Promise<EksAuthToStsStep> {
  return Promise.resolve(assumeRole(world, run, env));
}

function assumeRole(
  world: PodIdentityRunRecord['world'],
  run: PodIdentityRunRecord,
  env: RunEnvironment,
): EksAuthToStsStep {
  const call = need(run.steps['agent-to-eks-auth'], 'step 2');
  const verified = need(run.steps['eks-auth-verifies-token'], 'step 3');
  const ids = env.ids('pod-identity-sts');
  const now = env.clock.now();
  const checks: Check[] = [];
  const base = {
    assumeRole: null,
    conditionKeys: {},
    evaluations: [],
    credentials: null,
    assumedRoleArn: null,
    response: null,
    error: null,
    errorResponse: null,
  };
  const claims = verified.verifiedClaims;
  const association = verified.association;
  if (!claims || !association)
    return { ...base, ok: true, checks, skipped: verified.skipped ?? 'No verified token.' };

  const k8s = claims['kubernetes.io'];
  const tags: SessionTag[] = [
    world.cluster.arn,
    world.cluster.name,
    k8s.namespace,
    k8s.serviceaccount.name,
    k8s.pod.name,
    k8s.pod.uid,
  ].map((value, i) => ({ key: SESSION_TAG_KEYS[i]!, value }));
  const roleSessionName = podIdentitySessionName(world.cluster.name, k8s.pod.name, ids.uuid());
  const assumeRole = {
    roleArn: association.roleArn,
    roleSessionName,
    durationSeconds: POD_IDENTITY_SESSION_SECONDS,
    tags,
    transitiveTagKeys: tags.map((t) => t.key),
  };
  const conditionKeys: Record<string, string[]> = {
    ...Object.fromEntries(tags.map((t) => [`aws:RequestTag/${t.key}`, [t.value]])),
    'aws:TagKeys': tags.map((t) => t.key),
  };

  const role = world.iam.roles.find((r) => r.Arn === association.roleArn);
  checks.push({
    id: 'role-exists',
    label: 'The association’s role exists',
    passed: role !== undefined,
    expected: association.roleArn,
    actual: role?.Arn ?? '(no such role)',
  });
  const parsed = parsePolicy(role?.AssumeRolePolicyDocument ?? '');
  const evaluations: { action: string; evaluation: PolicyEvaluation | null }[] = ACTIONS.map(
    (action) => ({
      action,
      evaluation: parsed.ok
        ? evaluatePolicies([parsed.value], {
            principal: { type: 'Service', id: POD_IDENTITY_SERVICE_PRINCIPAL },
            action,
            keys: conditionKeys,
          })
        : null,
    }),
  );
  for (const { action, evaluation } of evaluations) {
    evaluation?.statements.forEach((s) => {
      const name = s.sid ? `Statement "${s.sid}"` : `Statement ${s.index + 1}`;
      checks.push({
        id: `${action}-statement-${s.index}`,
        label: `${name} (${s.effect}): Principal Service ${POD_IDENTITY_SERVICE_PRINCIPAL} and Action ${action}`,
        passed: s.principalMatched && s.actionMatched,
        expected: `Principal {"Service": "${POD_IDENTITY_SERVICE_PRINCIPAL}"}, Action ${action}`,
        actual: `principal ${s.principalMatched ? 'listed' : 'not listed'}, action ${s.actionMatched ? 'listed' : 'not listed'}`,
      });
      s.conditions.forEach((c, i) =>
        checks.push(conditionCheck(`${action}-statement-${s.index}-condition-${i}`, name, c)),
      );
    });
    checks.push({
      id: `${action}-decision`,
      label: `The trust policy allows ${action}`,
      passed: evaluation?.decision === 'Allow',
      expected: 'Allow',
      actual: evaluation?.decision ?? 'no valid trust policy',
    });
  }
  const recorded = { ...base, assumeRole, conditionKeys, evaluations };
  if (!role || evaluations.some((e) => e.evaluation?.decision !== 'Allow')) {
    const error = podIdentityErrors.trustDenied();
    const agentResponse = agentErrorResponse(error, call.requestId, now);
    return {
      ...recorded,
      ok: false,
      checks,
      error,
      errorResponse: restJsonError(error, call.requestId, now),
      response: restJsonError(error, call.requestId, now),
      agentResponse,
      seenInPod: seenInPodAfterAgentError(agentResponse.status, agentResponse.body),
    };
  }

  const expiration = new Date(now.getTime() + POD_IDENTITY_SESSION_SECONDS * 1000);
  const credentials: TemporaryCredentials = {
    AccessKeyId: `ASIA${ids.chars(16, BASE32)}`,
    SecretAccessKey: ids.chars(40, SECRET_ALPHABET),
    SessionToken: base64url.encode(ids.bytes(312)).replace(/-/g, '+').replace(/_/g, '/'),
    Expiration: isoSeconds(expiration),
  };
  const roleAccount = role.Arn.split(':')[4] ?? '';
  const assumedRoleArn = `arn:aws:sts::${roleAccount}:assumed-role/${role.RoleName}/${roleSessionName}`;
  const body = JSON.stringify({
    subject: { namespace: k8s.namespace, serviceAccount: k8s.serviceaccount.name },
    audience: POD_IDENTITY_AUDIENCE,
    podIdentityAssociation: {
      associationArn: association.associationArn,
      associationId: association.associationId,
    },
    assumedRoleUser: { arn: assumedRoleArn, assumeRoleId: `${role.RoleId}:${roleSessionName}` },
    credentials: {
      sessionToken: credentials.SessionToken,
      secretAccessKey: credentials.SecretAccessKey,
      accessKeyId: credentials.AccessKeyId,
      expiration: epochSeconds(expiration),
    },
  });
  return {
    ...recorded,
    ok: true,
    checks,
    credentials,
    assumedRoleArn,
    response: restJsonResponse(200, body, call.requestId, now),
  };
}
