import { describe, expect, it } from 'vitest';
import type { Parsed } from '../parse-result';
import {
  DESCRIBE_CLUSTER_JSON,
  DESCRIBE_CLUSTER_YAML,
  DESCRIBE_POD_IDENTITY_ASSOCIATION_JSON,
  EMPTY_OIDC_PROVIDERS_JSON,
  GET_OIDC_PROVIDER_JSON,
  GET_POLICY_VERSION_JSON,
  GET_ROLE_JSON,
  GET_ROLE_POLICY_JSON,
  GET_ROLE_URL_ENCODED_JSON,
  GET_ROLE_YAML,
  ISSUER_HOST_PATH,
  LIST_OIDC_PROVIDERS_JSON,
  TRUST_POLICY_URL_ENCODED,
} from './fixtures-aws';
import { MUTATED_POD_YAML } from './fixtures-kubernetes';
import { readAssociation, readCluster, readOidcProviders, readPolicy, readRole } from './read-aws';

function value<T>(read: Parsed<T>): T {
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

function message<T>(read: Parsed<T>): string {
  if (read.ok) throw new Error('expected an error');
  return read.error.message;
}

const SUB_KEY = `${ISSUER_HOST_PATH}:sub`;

describe('readCluster', () => {
  it.each([
    ['JSON', DESCRIBE_CLUSTER_JSON],
    ['YAML', DESCRIBE_CLUSTER_YAML],
  ])('reads describe-cluster printed as %s', (_, text) => {
    const cluster = value(readCluster(text));
    expect(cluster).toMatchObject({
      name: 'my-cluster',
      version: '1.31',
      issuer: `https://${ISSUER_HOST_PATH}`,
    });
    expect(cluster.arn).toMatchObject({
      region: 'us-west-2',
      accountId: '111122223333',
      resource: 'cluster/my-cluster',
    });
  });

  it('names an ARN that does not parse', () => {
    const broken = DESCRIBE_CLUSTER_JSON.replace(
      'arn:aws:eks:us-west-2:111122223333:cluster/my-cluster',
      'my-cluster',
    );
    expect(message(readCluster(broken))).toBe(
      'cluster.arn "my-cluster" is not an ARN (expected arn:aws:eks:REGION:ACCOUNT:cluster/…).',
    );
  });

  it('sends a pod to the Pod field', () => {
    expect(message(readCluster(MUTATED_POD_YAML))).toContain('paste it into the Pod field');
  });
});

describe('readOidcProviders', () => {
  it('merges the list (ARNs) with get-open-id-connect-provider (client IDs) by URL', () => {
    const { providers } = value(
      readOidcProviders(`${LIST_OIDC_PROVIDERS_JSON}${GET_OIDC_PROVIDER_JSON}`),
    );
    expect(providers.map((p) => [p.hostPath, p.arn?.accountId, p.clientIds])).toEqual([
      [ISSUER_HOST_PATH, '111122223333', ['sts.amazonaws.com']],
      ['token.actions.githubusercontent.com', '111122223333', null],
    ]);
  });

  it('reads get-open-id-connect-provider alone (no ARN) and strips an https:// URL', () => {
    const withScheme = GET_OIDC_PROVIDER_JSON.replace('"Url": "', '"Url": "https://');
    expect(value(readOidcProviders(withScheme)).providers).toEqual([
      { arn: null, hostPath: ISSUER_HOST_PATH, clientIds: ['sts.amazonaws.com'] },
    ]);
  });

  it('reads an account with no provider as an empty list, also from `--query` and YAML', () => {
    expect(value(readOidcProviders(EMPTY_OIDC_PROVIDERS_JSON)).providers).toEqual([]);
    expect(value(readOidcProviders('[]')).providers).toEqual([]);
    expect(value(readOidcProviders('OpenIDConnectProviderList: []\n')).providers).toEqual([]);
  });

  it('names a provider ARN that is not one', () => {
    expect(
      message(
        readOidcProviders(
          '{"OpenIDConnectProviderList": [{"Arn": "oidc.eks.us-west-2.amazonaws.com"}]}',
        ),
      ),
    ).toContain('Arn "oidc.eks.us-west-2.amazonaws.com" is not an ARN');
  });
});

describe('readRole', () => {
  it.each([
    ['get-role JSON', GET_ROLE_JSON, false],
    ['get-role --output yaml', GET_ROLE_YAML, false],
    [
      'get-role with the document URL-encoded, as the raw API returns it',
      GET_ROLE_URL_ENCODED_JSON,
      true,
    ],
  ])('reads %s', (_, text, wasUrlEncoded) => {
    const role = value(readRole(text));
    expect(role).toMatchObject({
      name: 'my-app-role',
      maxSessionDuration: 3600,
      source: 'get-role',
      wasUrlEncoded,
    });
    expect(role.arn?.resource).toBe('role/my-app-role');
    const trust = JSON.parse(role.trustPolicy) as {
      Version: string;
      Statement: { Condition: { StringEquals: Record<string, string> } }[];
    };
    expect(trust.Version).toBe('2012-10-17');
    expect(trust.Statement[0]?.Condition.StringEquals[SUB_KEY]).toBe(
      'system:serviceaccount:prod:my-app',
    );
    expect(role.trustPolicy).toContain('\n  "Statement": [');
  });

  it('reads a bare trust policy, JSON or URL-encoded', () => {
    const bare = JSON.parse(GET_ROLE_JSON) as { Role: { AssumeRolePolicyDocument: unknown } };
    const document = JSON.stringify(bare.Role.AssumeRolePolicyDocument);
    expect(value(readRole(document))).toMatchObject({
      arn: null,
      name: null,
      source: 'policy-document',
      wasUrlEncoded: false,
    });
    expect(value(readRole(TRUST_POLICY_URL_ENCODED))).toMatchObject({
      source: 'policy-document',
      wasUrlEncoded: true,
    });
  });

  it('says where a URL-encoded document does not decode to JSON', () => {
    const broken = GET_ROLE_URL_ENCODED_JSON.replace('%7B%22Version', '%7B%22Version%22%22');
    expect(message(readRole(broken))).toMatch(
      /^Role\.AssumeRolePolicyDocument is URL-encoded, but what it decodes to is not JSON: .*line 1, column \d+ of the decoded text/,
    );
  });

  it('refuses a document without a Statement, and a permission policy (no Principal)', () => {
    expect(message(readRole('{"Version": "2012-10-17"}'))).toContain('has no Statement');
    const permission = JSON.parse(GET_ROLE_POLICY_JSON) as { PolicyDocument: unknown };
    expect(message(readRole(JSON.stringify(permission.PolicyDocument)))).toContain(
      'not a trust policy',
    );
  });

  it('sends get-role-policy output to the Permission policy field', () => {
    expect(message(readRole(GET_ROLE_POLICY_JSON))).toBe(
      'This is `aws iam get-role-policy` output, not an IAM role (`aws iam get-role`): paste it into the Permission policy field.',
    );
  });
});

describe('readPolicy', () => {
  it('reads get-role-policy', () => {
    const policy = value(readPolicy(GET_ROLE_POLICY_JSON));
    expect(policy).toMatchObject({
      policyName: 'list-buckets',
      roleName: 'my-app-role',
      source: 'get-role-policy',
      wasUrlEncoded: false,
    });
    expect(JSON.parse(policy.document)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
    });
  });

  it('reads get-policy-version, naming the version', () => {
    expect(value(readPolicy(GET_POLICY_VERSION_JSON))).toMatchObject({
      policyName: 'v3',
      roleName: null,
      source: 'get-policy-version',
    });
  });

  it('reads a URL-encoded PolicyDocument and a bare YAML document whose Version is unquoted', () => {
    const encoded = GET_ROLE_POLICY_JSON.replace(
      /"PolicyDocument": \{[\s\S]*\}\n\}/,
      `"PolicyDocument": "${encodeURIComponent('{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}')}"\n}`,
    );
    expect(value(readPolicy(encoded))).toMatchObject({
      wasUrlEncoded: true,
      source: 'get-role-policy',
    });
    const yaml = value(
      readPolicy(
        'Version: 2012-10-17\nStatement:\n- Effect: Allow\n  Action: s3:ListAllMyBuckets\n  Resource: "*"\n',
      ),
    );
    expect(JSON.parse(yaml.document)).toMatchObject({ Version: '2012-10-17' });
  });

  it('says which command prints the document when get-policy is pasted', () => {
    const getPolicy =
      '{"Policy": {"PolicyName": "my-app-s3", "Arn": "arn:aws:iam::111122223333:policy/my-app-s3", "DefaultVersionId": "v3", "AttachmentCount": 1}}';
    expect(message(readPolicy(getPolicy))).toContain(
      '`aws iam get-policy-version --policy-arn arn:aws:iam::111122223333:policy/my-app-s3 --version-id v3`',
    );
  });

  it('sends a trust policy to the Role field', () => {
    expect(message(readPolicy(GET_ROLE_JSON))).toContain('paste it into the Role field');
    expect(message(readPolicy(TRUST_POLICY_URL_ENCODED))).toContain(
      'trust policy (paste it into the Role field)',
    );
  });
});

describe('readAssociation', () => {
  it('reads describe-pod-identity-association', () => {
    const association = value(readAssociation(DESCRIBE_POD_IDENTITY_ASSOCIATION_JSON));
    expect(association).toMatchObject({
      clusterName: 'my-cluster',
      namespace: 'prod',
      serviceAccount: 'my-app',
      associationArn:
        'arn:aws:eks:us-west-2:111122223333:podidentityassociation/my-cluster/a-9njjin9gfghecgocd',
      targetRoleArn: null,
    });
    expect(association.roleArn.resource).toBe('role/my-app-pod-identity');
  });

  it('keeps a cross-account target role, and names one that is not a role ARN', () => {
    const crossAccount = DESCRIBE_POD_IDENTITY_ASSOCIATION_JSON.replace(
      '"disableSessionTags": false',
      '"disableSessionTags": false,\n        "targetRoleArn": "arn:aws:iam::444455556666:role/shared-s3-reader",\n        "externalId": "c1f1b5a4-5d0b-4a57-9c64-8e2f4a1b7d30"',
    );
    expect(value(readAssociation(crossAccount)).targetRoleArn).toBe(
      'arn:aws:iam::444455556666:role/shared-s3-reader',
    );
    expect(
      message(readAssociation(crossAccount.replace('role/shared-s3-reader', 'user/shared'))),
    ).toContain(
      'association.targetRoleArn "arn:aws:iam::444455556666:user/shared" is not the ARN expected here',
    );
  });

  it('says list-pod-identity-associations has no role, and which command has', () => {
    const list =
      '{"associations": [{"clusterName": "my-cluster", "namespace": "prod", "serviceAccount": "my-app", "associationArn": "arn:aws:eks:us-west-2:111122223333:podidentityassociation/my-cluster/a-9njjin9gfghecgocd", "associationId": "a-9njjin9gfghecgocd"}]}';
    expect(message(readAssociation(list))).toContain('describe-pod-identity-association');
  });
});
