/**
 * Diagnose beyond the IRSA paste sets: the pasted error set against the run, wrong pastes
 * answered at their field, EKS Pod Identity, and pastes of anything at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT,
  clusterJson,
  getRoleJson,
  podYaml,
  providerListJson,
  serviceAccountYaml,
  trustPolicy,
} from './paste-sets';
import { associationJson, podIdentityPodYaml } from './pod-identity-pastes';
import { PASTE_FIELDS } from './diagnose';
import { allCode, expectStop, fixIds, FULL, run } from './test-kit';
import type { DiagnoseFlow } from './types';

describe('Diagnose: the pasted error', () => {
  const botocore = (code: string, message: string) =>
    `botocore.exceptions.ClientError: An error occurred (${code}) when calling the AssumeRoleWithWebIdentity operation: ${message}`;

  it('says when the run reproduces it', async () => {
    const d = await run({
      ...FULL,
      role: getRoleJson(trustPolicy({ sub: 'system:serviceaccount:default:api' })),
      error: botocore('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity'),
    });
    expect(d.run!.error?.reproduced).toBe(true);
    expect(d.run!.error?.pastedCode).toBe('AccessDenied');
  });

  it('names the pasted objects that disagree when the run passes the step the error comes from', async () => {
    const d = await run({
      ...FULL,
      error: botocore('InvalidIdentityToken', 'Incorrect token audience'),
    });
    expect(d.run!.error?.reproduced).toBe(false);
    expect(d.run!.error?.summary).toContain('step 3');
    expect(d.run!.error?.disagreeing).toEqual(expect.arrayContaining(['oidcProviders', 'pod']));
  });
});

describe('Diagnose: wrong pastes get their message at the field', () => {
  it('a pod in the ServiceAccount field', async () => {
    const d = await run({ serviceAccount: podYaml() });
    expect(d.run).toBeNull();
    expect(d.fieldErrors.serviceAccount).toMatch(/Pod.*ServiceAccount|ServiceAccount.*Pod/);
  });

  it('a Helm template', async () => {
    const d = await run({
      serviceAccount: serviceAccountYaml({ 'eks.amazonaws.com/role-arn': '{{ .Values.roleArn }}' }),
    });
    expect(d.fieldErrors.serviceAccount).toMatch(/^Line 5, column 33: .*Helm/);
  });

  it('truncated YAML, with its line and column', async () => {
    const d = await run({ role: 'Role:\n  RoleName: "payments-api\n' });
    expect(d.fieldErrors.role).toMatch(/^Line \d+, column \d+: /);
  });

  it('a role from another account than the one the ServiceAccount names', async () => {
    const d = await run({ ...FULL, role: getRoleJson(trustPolicy(), { account: '444455556666' }) });
    expect(d.fieldErrors.role).toContain('account 444455556666');
    expect(d.fieldErrors.role).toContain(`account ${ACCOUNT}`);
  });

  it('a pod that asks for the role the ServiceAccount named before its annotation changed', async () => {
    const d = await run({
      ...FULL,
      serviceAccount: serviceAccountYaml({
        'eks.amazonaws.com/role-arn': `arn:aws:iam::${ACCOUNT}:role/payments-api-v2`,
      }),
    });
    expect(d.run).toBeNull();
    expect(d.fieldErrors.pod).toContain('created before the annotation changed');
    expect(d.fieldErrors.pod).toContain('kubectl rollout restart deployment/api -n payments');
  });

  it('a provider list from another account', async () => {
    const d = await run({ ...FULL, oidcProviders: providerListJson(undefined, '444455556666') });
    expect(d.fieldErrors.oidcProviders).toContain('444455556666');
  });

  it('an ARN in the wrong partition', async () => {
    const d = await run({
      ...FULL,
      role: getRoleJson(trustPolicy()).replace(
        `arn:aws:iam::${ACCOUNT}:role`,
        `arn:aws-cn:iam::${ACCOUNT}:role`,
      ),
    });
    expect(d.fieldErrors.role).toContain('aws-cn partition');
  });
});

describe('Diagnose: EKS Pod Identity', () => {
  const PI_TRUST = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'pods.eks.amazonaws.com' },
        Action: ['sts:AssumeRole', 'sts:TagSession'],
      },
    ],
  };

  it('an association for the pod, a mutated pod and the User Guide trust policy succeed', async () => {
    const d = await run(
      {
        association: associationJson(),
        pod: podIdentityPodYaml(),
        cluster: clusterJson(),
        role: getRoleJson(PI_TRUST),
      },
      'pod-identity',
    );
    expectStop(d, null);
  });

  it('no association and an unmutated pod: create the association for the pod, then restart', async () => {
    const d = await run({ pod: podIdentityPodYaml(false), cluster: clusterJson() }, 'pod-identity');
    expect(d.run!.outcome.failedAt).not.toBeNull();
    expect(fixIds(d)).toEqual(['create-association']);
    expect(allCode(d)).toContain('aws eks create-pod-identity-association');
    expect(allCode(d)).toContain('--service-account api');
  });

  it("an IRSA trust policy on a Pod Identity role is refused, and the fix is the User Guide's", async () => {
    const d = await run(
      {
        association: associationJson(),
        pod: podIdentityPodYaml(),
        role: getRoleJson(trustPolicy()),
      },
      'pod-identity',
    );
    // EKS Auth's AssumeRoleForPodIdentity answers with its own exception name.
    expect(d.run!.outcome.awsCode).toBe('AccessDeniedException');
    expect(fixIds(d)).toEqual(['pod-identity-trust-policy']);
    expect(allCode(d)).toContain('pods.eks.amazonaws.com');
  });

  it('the association field is ignored in the IRSA flow', async () => {
    const d = await run({ association: 'not even json {' });
    expect(d.fieldErrors).toEqual({});
  });
});

describe('Diagnose: any paste at all', () => {
  it('answers with field errors or a run, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          Object.fromEntries(
            PASTE_FIELDS.map((f) => [
              f,
              fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
            ]),
          ),
        ),
        fc.constantFrom<DiagnoseFlow>('irsa', 'pod-identity'),
        async (pastes, flow) => {
          const d = await run(pastes, flow);
          expect(d.run === null).toBe(Object.keys(d.fieldErrors).length > 0);
        },
      ),
      { numRuns: 40 },
    );
  });
});
