/**
 * Diagnose on realistic paste sets: each must reach its hop and AWS code, state what it had to
 * assume, and name the fix in the pasted names; the fixes applied must make the run succeed.
 */
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  getRoleJson,
  HOST,
  OLD_OIDC_ID,
  podYaml,
  policyVersionYaml,
  projectedToken,
  providerGetJson,
  providerListJson,
  serviceAccountYaml,
  trustPolicy,
} from './paste-sets';
import { allCode, assumed, expectStop, fixIds, FULL, NOW, run } from './test-kit';

describe('Diagnose: IRSA paste sets', () => {
  it('an empty set runs the example setup and assumes every fact, each with its command', async () => {
    const d = await run({});
    expectStop(d, null);
    expect(assumed(d)).toEqual(
      expect.arrayContaining([
        'cluster',
        'serviceAccount',
        'pod',
        'oidcProviders',
        'role',
        'permissionPolicy',
        'token',
      ]),
    );
    expect(d.run!.assumptions.find((a) => a.field === 'oidcProviders')?.command).toBe(
      'aws iam list-open-id-connect-providers',
    );
    expect(d.run!.fixes).toEqual([]);
  });

  it('a full working set (managedFields, status, the CLI JSON and YAML) succeeds and assumes only the token', async () => {
    const d = await run(FULL);
    expectStop(d, null);
    expect(assumed(d)).toEqual(['token']);
    expect(d.run!.readAs.find((r) => r.field === 'pod')?.summary).toContain(
      `AWS_ROLE_ARN=arn:aws:iam::${ACCOUNT}:role/payments-api`,
    );
  });

  it('a trust policy for another namespace stops at step 4 with AccessDenied; the edited policy names payments:api', async () => {
    const d = await run({
      ...FULL,
      role: getRoleJson(trustPolicy({ sub: 'system:serviceaccount:default:api' })),
    });
    expectStop(d, 4, 'AccessDenied');
    expect(d.run!.outcome.message).toBe('Not authorized to perform sts:AssumeRoleWithWebIdentity');
    expect(fixIds(d)).toEqual(['edit-trust-policy']);
    expect(d.run!.fixes[0]!.cause).toContain('system:serviceaccount:default:api');
    expect(allCode(d)).toContain('"system:serviceaccount:payments:api"');
    expect(allCode(d)).toContain('aws iam update-assume-role-policy');
    expect(d.run!.fixedOutcome?.failedAt).toBeNull();
  });

  it('a URL-encoded trust policy (the raw API) with a wildcard under StringEquals is decoded and stops at step 4', async () => {
    const trust = trustPolicy({ sub: 'system:serviceaccount:payments:*' });
    const d = await run({ ...FULL, role: getRoleJson(trust, { encoded: true }) });
    expectStop(d, 4, 'AccessDenied');
    expect(d.run!.readAs.find((r) => r.field === 'role')?.summary).toContain('URL-encoded');
    expect(d.run!.fixes[0]!.cause).toContain('treats * literally');
    expect(d.run!.fixedOutcome?.failedAt).toBeNull();
  });

  it('an empty provider list stops at step 2 (no OpenIDConnect provider) and the fix is eksctl for the pasted cluster', async () => {
    const d = await run({ ...FULL, oidcProviders: '{\n    "OpenIDConnectProviderList": []\n}' });
    expectStop(d, 2, 'InvalidIdentityToken');
    expect(d.run!.outcome.message).toContain(
      `No OpenIDConnect provider found in your account for https://${HOST}`,
    );
    expect(allCode(d)).toContain(
      'eksctl utils associate-iam-oidc-provider --cluster payments --region us-west-2 --approve',
    );
    expect(d.run!.fixedOutcome?.failedAt).toBeNull();
  });

  it('a recreated cluster (provider and trust policy name the old OIDC id) needs two fixes, in the order the run meets them', async () => {
    const oldHost = `oidc.eks.us-west-2.amazonaws.com/id/${OLD_OIDC_ID}`;
    const d = await run({
      ...FULL,
      oidcProviders: providerListJson([OLD_OIDC_ID]),
      role: getRoleJson(trustPolicy({ host: oldHost })),
    });
    expectStop(d, 2, 'InvalidIdentityToken');
    expect(fixIds(d)).toEqual(['create-oidc-provider', 'edit-trust-policy']);
    expect(allCode(d)).toContain(`${HOST}:sub`);
    expect(allCode(d)).not.toContain(OLD_OIDC_ID);
    expect(d.run!.fixedOutcome?.failedAt).toBeNull();
  });

  it("a typo in the provider's client IDs stops at step 3 with Incorrect token audience", async () => {
    const d = await run({
      ...FULL,
      oidcProviders: `${providerListJson()}\n${providerGetJson(['sts.amazonaws.co'])}`,
    });
    expectStop(d, 3, 'InvalidIdentityToken');
    expect(d.run!.outcome.message).toBe('Incorrect token audience');
    expect(fixIds(d)).toEqual(['add-client-id']);
    expect(allCode(d)).toContain('aws iam add-client-id-to-open-id-connect-provider');
  });

  it('a ServiceAccount without the annotation and a pod the webhook left alone: the node role is refused at step 6', async () => {
    const d = await run({
      ...FULL,
      serviceAccount: serviceAccountYaml({}),
      pod: podYaml({ mutated: false }),
    });
    expectStop(d, 6, 'AccessDenied');
    expect(fixIds(d)).toEqual(['annotate-service-account']);
    expect(allCode(d)).toContain(
      `kubectl annotate serviceaccount api -n payments --overwrite eks.amazonaws.com/role-arn=arn:aws:iam::${ACCOUNT}:role/payments-api`,
    );
    // The Deployment is named from the pod's ReplicaSet.
    expect(allCode(d)).toContain('kubectl rollout restart deployment/api -n payments');
  });

  it('an annotated ServiceAccount and an unmutated pod: the pod predates the annotation', async () => {
    const d = await run({ ...FULL, pod: podYaml({ mutated: false }) });
    expectStop(d, 6, 'AccessDenied');
    expect(fixIds(d)).toEqual(['recreate-pod']);
  });

  it('the annotation key typed role_arn is named, and removed in the fix', async () => {
    const d = await run({
      serviceAccount: serviceAccountYaml({
        'eks.amazonaws.com/role_arn': `arn:aws:iam::${ACCOUNT}:role/payments-api`,
      }),
    });
    expectStop(d, 6, 'AccessDenied');
    expect(d.run!.fixes[0]!.cause).toContain('eks.amazonaws.com/role_arn');
    expect(allCode(d)).toContain('eks.amazonaws.com/role_arn-');
  });

  it('a role ARN with one colon before the account stops at step 1 with ValidationError', async () => {
    const d = await run({
      serviceAccount: serviceAccountYaml({
        'eks.amazonaws.com/role-arn': `arn:aws:iam:${ACCOUNT}:role/payments-api`,
      }),
    });
    expectStop(d, 1, 'ValidationError');
    expect(fixIds(d)).toEqual(['fix-role-arn']);
    expect(allCode(d)).toContain(
      `eks.amazonaws.com/role-arn=arn:aws:iam::${ACCOUNT}:role/payments-api`,
    );
  });

  it('a managed policy version (CLI YAML) without s3:ListAllMyBuckets stops at step 6 for the role session', async () => {
    const d = await run({ ...FULL, permissionPolicy: policyVersionYaml(false) });
    expectStop(d, 6, 'AccessDenied');
    expect(fixIds(d)).toEqual(['allow-list-buckets']);
    expect(d.run!.fixedOutcome?.failedAt).toBeNull();
  });

  it('static keys in the pod spec win over web identity', async () => {
    const d = await run({ ...FULL, pod: podYaml({ staticKeys: true }) });
    expect(d.run!.outcome.failedAt).toBe(6);
    expect(fixIds(d)).toEqual(['remove-static-keys']);
    expect(allCode(d)).toContain(
      'kubectl set env deployment/api -n payments AWS_ACCESS_KEY_ID- AWS_SECRET_ACCESS_KEY-',
    );
  });

  it('a token copied out of the pod a day after it expired: ExpiredTokenException at step 3', async () => {
    const d = await run({ ...FULL, token: projectedToken(NOW - 2 * 86400) });
    expectStop(d, 3, 'ExpiredTokenException');
    expect(d.run!.readAs.find((r) => r.field === 'token')?.summary).toContain(
      'expired 1440 min ago',
    );
    expect(fixIds(d)).toEqual(['fresh-token']);
    expect(assumed(d)).toEqual([]);
  });

  it('a fresh token pasted with the rest: nothing is assumed and every step passes', async () => {
    const d = await run({ ...FULL, token: projectedToken(NOW - 600) });
    expectStop(d, null);
    expect(assumed(d)).toEqual([]);
  });

  it('only a role pasted: the rest is assumed, and the trust policy still decides', async () => {
    const d = await run({
      role: getRoleJson(trustPolicy({ sub: 'system:serviceaccount:payments:worker' })),
    });
    // The pod's ServiceAccount is assumed from the role's own account and the example names.
    expect(d.run!.outcome.awsCode).toBe('AccessDenied');
    expect(assumed(d)).toEqual(
      expect.arrayContaining(['cluster', 'serviceAccount', 'pod', 'oidcProviders']),
    );
  });
});
