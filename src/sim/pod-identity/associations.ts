/**
 * CreatePodIdentityAssociation (EKS API, `POST /clusters/{name}/pod-identity-associations`): maps
 * (cluster, namespace, ServiceAccount) to a role. EKS refuses a role outside the cluster's account
 * (it passes the role: iam:PassRole, EKS User Guide pod-id-assign-target-role) and, today, a role
 * whose trust policy does not trust pods.eks.amazonaws.com (hashicorp/terraform-provider-aws#41483).
 * https://docs.aws.amazon.com/eks/latest/APIReference/API_CreatePodIdentityAssociation.html
 */
import { epochSeconds } from '../clock';
import { httpDate, utf8Length, type HttpRequest, type HttpResponse } from '../http';
import type { IdSource } from '../ids';
import { evaluatePolicies, parsePolicy } from '../iam/policy';
import type { Check } from '../result';
import { podIdentityErrors } from './errors';
import {
  ASSOCIATION_ID_ALPHABET,
  POD_IDENTITY_SERVICE_PRINCIPAL,
  associationArn,
  eksHost,
  podIdentityRoleArn,
} from './names';
import { restJsonError, restJsonResponse } from './responses';
import type { PodIdentityScenario } from './scenario';
import type { PodIdentityError } from './types';

export interface PodIdentityAssociation {
  clusterName: string;
  namespace: string;
  serviceAccount: string;
  roleArn: string;
  associationArn: string;
  associationId: string;
}

export interface CreateAssociationResult {
  request: HttpRequest;
  response: HttpResponse;
  checks: Check[];
  error: PodIdentityError | null;
  association: PodIdentityAssociation | null;
}

/**
 * Whether a trust policy lets pods.eks.amazonaws.com call both actions, conditions aside: EKS
 * cannot know the session's tags when the association is created. Requiring sts:TagSession here
 * follows public reports (CDK and CloudFormation users), not a documented rule.
 */
export function trustsPodIdentity(trustPolicy: string): boolean {
  const parsed = parsePolicy(trustPolicy);
  if (!parsed.ok) return false;
  return ['sts:AssumeRole', 'sts:TagSession'].every((action) =>
    evaluatePolicies([parsed.value], {
      principal: { type: 'Service', id: POD_IDENTITY_SERVICE_PRINCIPAL },
      action,
      keys: {},
    }).statements.some((s) => s.effect === 'Allow' && s.principalMatched && s.actionMatched),
  );
}

/**
 * The association as EKS creates it, the day before the run. `trustPolicyAtCreation` is the trust
 * policy the role had then (the current one unless it was edited afterwards).
 */
export function createPodIdentityAssociation(
  s: PodIdentityScenario,
  trustPolicyAtCreation: string,
  ids: IdSource,
  now: Date,
): CreateAssociationResult {
  const roleArn = podIdentityRoleArn(s);
  const body = JSON.stringify({
    namespace: s.namespace,
    serviceAccount: s.serviceAccountName,
    roleArn,
  });
  const created = new Date(now.getTime() - 86_400_000);
  const request: HttpRequest = {
    method: 'POST',
    target: `/clusters/${encodeURIComponent(s.clusterName)}/pod-identity-associations`,
    // The administrator's own SigV4 headers are left out: that call is not part of the flow.
    headers: [
      ['Host', eksHost(s.region)],
      ['Content-Type', 'application/json'],
      ['Content-Length', String(utf8Length(body))],
      ['Date', httpDate(created)],
    ],
    body,
  };
  const requestId = ids.uuid();
  const sameAccount = (s.wiring.roleAccountId ?? s.accountId) === s.accountId;
  const trusted = trustsPodIdentity(trustPolicyAtCreation);
  const checks: Check[] = [
    {
      id: 'role-in-cluster-account',
      label: "The role is in the cluster's account (EKS passes it: iam:PassRole)",
      passed: sameAccount,
      expected: s.accountId,
      actual: roleArn.split(':')[4] ?? '',
    },
  ];
  if (sameAccount)
    checks.push({
      id: 'role-trusts-pod-identity',
      label: 'The trust policy lets pods.eks.amazonaws.com call sts:AssumeRole and sts:TagSession',
      passed: trusted,
      expected: 'Allow for Service pods.eks.amazonaws.com: sts:AssumeRole and sts:TagSession',
      actual: trusted ? 'both allowed' : 'not both allowed',
    });
  const error = !sameAccount
    ? podIdentityErrors.associationCrossAccount()
    : !trusted
      ? podIdentityErrors.associationTrustInvalid()
      : null;
  if (error)
    return {
      request,
      response: restJsonError(error, requestId, created),
      checks,
      error,
      association: null,
    };

  const associationId = `a-${ids.chars(17, ASSOCIATION_ID_ALPHABET)}`;
  const association: PodIdentityAssociation = {
    clusterName: s.clusterName,
    namespace: s.namespace,
    serviceAccount: s.serviceAccountName,
    roleArn,
    associationArn: associationArn(s, associationId),
    associationId,
  };
  // Members in the EKS model's order; timestamps are epoch seconds in rest-json.
  const answer = JSON.stringify({
    association: {
      ...association,
      tags: {},
      createdAt: epochSeconds(created),
      modifiedAt: epochSeconds(created),
      disableSessionTags: false,
    },
  });
  return {
    request,
    response: restJsonResponse(200, answer, requestId, created),
    checks,
    error: null,
    association,
  };
}
