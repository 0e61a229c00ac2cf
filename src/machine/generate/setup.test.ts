import { parse as parseHcl } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { diagnose } from '../diagnose/diagnose';
import { DETERMINISTIC_SETTINGS } from '../environment';
import { evaluateSetup } from './evaluate';
import {
  DEFAULT_SETUP_NAMES,
  setupFieldErrors,
  setupRoleArn,
  type GenerateFlow,
  type SetupNames,
} from './names';
import { generateSetup } from './setup';

const FLOWS: GenerateFlow[] = ['irsa', 'pod-identity'];

/** Other valid names: each one pushes a rule to its edge (lengths, dots, digits, other regions). */
const OTHER_NAMES: [string, Partial<SetupNames>][] = [
  [
    'a team namespace and a dotted ServiceAccount',
    { namespace: 'payments-prod', serviceAccountName: 'billing.worker' },
  ],
  [
    'another account, region and cluster',
    {
      accountId: '012345678901',
      region: 'eu-central-1',
      clusterName: 'Prod_Cluster-2',
      clusterOidcId: '0123456789ABCDEF0123456789ABCDEF',
    },
  ],
  [
    'a role name with IAM punctuation',
    { roleName: 'app+reader=v2,team@example.com_x', appName: 'reader' },
  ],
  ['a 63-character namespace', { namespace: `n${'a'.repeat(61)}z` }],
  ['one bucket with dots', { bucketNames: ['logs.example.com'] }],
  ['a one-character cluster name', { clusterName: 'c', roleName: 'r' }],
];

const cases = OTHER_NAMES.map(([what, change]) => ({
  what,
  names: { ...DEFAULT_SETUP_NAMES, ...change },
}));
const ALL = [{ what: 'the default names', names: DEFAULT_SETUP_NAMES }, ...cases];

describe('generated setup', () => {
  it('the names in the table are valid for both flows', () => {
    for (const { names } of ALL)
      for (const flow of FLOWS) expect(setupFieldErrors(names, flow)).toEqual({});
  });

  describe.each(FLOWS)('%s', (flow) => {
    it.each(ALL)('its policies let the pod list its buckets: $what', async ({ names }) => {
      const { policies } = generateSetup(names, flow);
      const verdict = await evaluateSetup(names, flow, policies, DETERMINISTIC_SETTINGS);
      expect(verdict.outcome).toMatchObject({ failedAt: null, awsCode: null });
      expect(verdict.works).toBe(true);
    });

    it.each(ALL)('fed back into Diagnose, the setup succeeds: $what', async ({ names }) => {
      const { files, policies } = generateSetup(names, flow);
      // What an engineer pastes after applying it: the generated YAML file as it is (the
      // ServiceAccount is picked out of it), the role's trust policy and its permission policy.
      const association = JSON.stringify({
        association: {
          clusterName: names.clusterName,
          namespace: names.namespace,
          serviceAccount: names.serviceAccountName,
          roleArn: setupRoleArn(names),
          associationArn: `arn:aws:eks:${names.region}:${names.accountId}:podidentityassociation/${names.clusterName}/a-0example0000000`,
          associationId: 'a-0example0000000',
        },
      });
      const d = await diagnose(
        flow,
        {
          serviceAccount: files.kubernetes.text,
          role: policies.trust,
          permissionPolicy: policies.permission,
          ...(flow === 'pod-identity' ? { association } : {}),
        },
        DETERMINISTIC_SETTINGS,
        0,
      );
      expect(d.fieldErrors).toEqual({});
      expect(d.run?.outcome).toMatchObject({ failedAt: null, awsCode: null });
      expect(d.run?.fixes).toEqual([]);
      // It ran on what was pasted, not on assumptions standing in for it.
      expect(d.run?.readAs.map((r) => r.field)).toEqual(
        expect.arrayContaining(['serviceAccount', 'role', 'permissionPolicy']),
      );
    });

    it.each(ALL)('the YAML parses and round-trips: $what', ({ names }) => {
      const text = generateSetup(names, flow).files.kubernetes.text;
      // Written out in full: no anchors or aliases for a reader to follow.
      expect(text).not.toMatch(/[&*]a\d/);
      const docs = parseAllDocuments(text);
      expect(docs.map((d) => d.errors)).toEqual([[], []]);
      const [sa, deployment] = docs.map((d): unknown => d.toJS() as unknown) as [
        { kind: string; metadata: { name: string; namespace: string; annotations?: object } },
        { kind: string; spec: { template: { spec: { serviceAccountName: string } } } },
      ];
      for (const doc of [sa, deployment]) expect(parse(stringify(doc))).toEqual(doc);
      expect(sa.kind).toBe('ServiceAccount');
      expect(sa.metadata).toMatchObject({
        name: names.serviceAccountName,
        namespace: names.namespace,
      });
      if (flow === 'irsa')
        expect(sa.metadata.annotations).toEqual({
          'eks.amazonaws.com/role-arn': setupRoleArn(names),
        });
      else expect(sa.metadata.annotations).toBeUndefined();
      expect(deployment.kind).toBe('Deployment');
      expect(deployment.spec.template.spec.serviceAccountName).toBe(names.serviceAccountName);
    });

    it.each(ALL)('the Terraform parses with the resources it needs: $what', async ({ names }) => {
      const file = generateSetup(names, flow).files.terraform;
      const json = (await parseHcl(file.fileName, file.text)) as {
        resource: Record<string, Record<string, [Record<string, unknown>]>>;
      };
      const types =
        flow === 'irsa'
          ? [
              'aws_iam_openid_connect_provider',
              'aws_iam_role',
              'aws_iam_role_policy',
              'kubernetes_service_account',
            ]
          : [
              'aws_iam_role',
              'aws_iam_role_policy',
              'kubernetes_service_account',
              'aws_eks_pod_identity_association',
            ];
      expect(Object.keys(json.resource).sort()).toEqual([...types].sort());
      const { policies } = generateSetup(names, flow);
      const role = json.resource.aws_iam_role!.app![0];
      expect(role.name).toBe(names.roleName);
      // The heredoc carries the evaluated policy as it is: the same JSON document.
      expect(JSON.parse(role.assume_role_policy as string)).toEqual(JSON.parse(policies.trust));
      const sa = json.resource.kubernetes_service_account!.app![0] as {
        metadata: [{ name: string; namespace: string; annotations?: object }];
      };
      expect(sa.metadata[0]).toMatchObject({
        name: names.serviceAccountName,
        namespace: names.namespace,
      });
      if (flow === 'irsa') {
        expect(json.resource.aws_iam_openid_connect_provider!.cluster![0]).toMatchObject({
          url: `https://oidc.eks.${names.region}.amazonaws.com/id/${names.clusterOidcId}`,
          client_id_list: ['sts.amazonaws.com'],
        });
        expect(sa.metadata[0].annotations).toEqual({
          'eks.amazonaws.com/role-arn': '${aws_iam_role.app.arn}',
        });
      } else {
        expect(json.resource.aws_eks_pod_identity_association!.app![0]).toEqual({
          cluster_name: names.clusterName,
          namespace: names.namespace,
          service_account: names.serviceAccountName,
          role_arn: '${aws_iam_role.app.arn}',
        });
      }
    });

    it.each(ALL)('the commands name everything and leave nothing unfilled: $what', ({ names }) => {
      const { files } = generateSetup(names, flow);
      for (const file of [files.eksctl, files['aws-cli']]) {
        expect(file.text).not.toMatch(/<[a-zA-Z]|\{\{|\$\{|undefined|null|NaN/);
        for (const name of [
          names.clusterName,
          names.namespace,
          names.serviceAccountName,
          names.roleName,
        ])
          expect(file.text).toContain(name);
      }
      const cli = files['aws-cli'].text;
      expect(cli).toContain(`aws iam create-role \\\n  --role-name ${names.roleName}`);
      expect(cli).toContain('--assume-role-policy-document file://trust-policy.json');
      expect(cli).toContain('--policy-document file://permission-policy.json');
      if (flow === 'irsa') {
        expect(cli).toContain(
          `aws iam create-open-id-connect-provider \\\n  --url https://oidc.eks.${names.region}.amazonaws.com/id/${names.clusterOidcId} \\\n  --client-id-list sts.amazonaws.com`,
        );
        expect(files.eksctl.text).toContain(
          `eksctl utils associate-iam-oidc-provider \\\n  --cluster ${names.clusterName}`,
        );
        expect(files.eksctl.text).toContain('eksctl create iamserviceaccount');
        expect(files.eksctl.text).toContain(
          `--attach-policy-arn arn:aws:iam::${names.accountId}:policy/`,
        );
      } else {
        expect(cli).toContain(
          `aws eks create-pod-identity-association \\\n  --cluster-name ${names.clusterName} \\\n  --namespace ${names.namespace} \\\n  --service-account ${names.serviceAccountName} \\\n  --role-arn ${setupRoleArn(names)}`,
        );
        expect(files.eksctl.text).toContain(
          `eksctl create podidentityassociation \\\n  --cluster ${names.clusterName}`,
        );
        expect(files.eksctl.text).toContain(`--service-account-name ${names.serviceAccountName}`);
      }
    });
  });

  it('the Pod Identity trust policy trusts pods.eks.amazonaws.com to AssumeRole and TagSession', () => {
    const trust = JSON.parse(generateSetup(DEFAULT_SETUP_NAMES, 'pod-identity').policies.trust) as {
      Statement: { Principal: unknown; Action: unknown }[];
    };
    expect(trust.Statement[0]).toMatchObject({
      Principal: { Service: 'pods.eks.amazonaws.com' },
      Action: ['sts:AssumeRole', 'sts:TagSession'],
    });
  });

  it('names that break a rule get a message at their field', () => {
    const errors = setupFieldErrors(
      { ...DEFAULT_SETUP_NAMES, namespace: 'Prod', clusterName: '-x', clusterOidcId: 'abc' },
      'irsa',
    );
    expect(Object.keys(errors).sort()).toEqual(['clusterName', 'clusterOidcId', 'namespace']);
    expect(errors.namespace).toMatch(/DNS-1123 label/);
    // Pod Identity has no OIDC provider to name.
    expect(
      setupFieldErrors({ ...DEFAULT_SETUP_NAMES, clusterOidcId: 'abc' }, 'pod-identity'),
    ).toEqual({});
  });
});

describe('the evaluation', () => {
  it('is real: a trust policy for another ServiceAccount is refused', async () => {
    const { policies } = generateSetup(DEFAULT_SETUP_NAMES, 'irsa');
    const wrong = { ...policies, trust: policies.trust.replace('my-service-account', 'other') };
    const verdict = await evaluateSetup(DEFAULT_SETUP_NAMES, 'irsa', wrong, DETERMINISTIC_SETTINGS);
    expect(verdict.works).toBe(false);
    expect(verdict.outcome.awsCode).toBe('AccessDenied');
  });

  it('is real for Pod Identity: a permission policy without ListAllMyBuckets is refused', async () => {
    const { policies } = generateSetup(DEFAULT_SETUP_NAMES, 'pod-identity');
    const wrong = {
      ...policies,
      permission: policies.permission.replace('s3:ListAllMyBuckets', 's3:GetBucketLocation'),
    };
    const verdict = await evaluateSetup(
      DEFAULT_SETUP_NAMES,
      'pod-identity',
      wrong,
      DETERMINISTIC_SETTINGS,
    );
    expect(verdict.works).toBe(false);
  });
});
