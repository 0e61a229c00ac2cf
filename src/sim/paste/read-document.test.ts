import { describe, expect, it } from 'vitest';
import { GET_OIDC_PROVIDER_JSON, LIST_OIDC_PROVIDERS_JSON } from './fixtures-aws';
import { MUTATED_POD_YAML, SERVICE_ACCOUNT_YAML } from './fixtures-kubernetes';
import { identifyPaste, parseArn, readPastedDocuments, wrongFieldMessage } from './read-document';
import { MAX_PASTE_CHARS } from './types';

function documents(text: string): unknown[] {
  const read = readPastedDocuments(text);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

function error(text: string) {
  const read = readPastedDocuments(text);
  if (read.ok) throw new Error('expected an error');
  return read.error;
}

describe('readPastedDocuments', () => {
  it('reads two CLI outputs pasted one after the other as two JSON documents', () => {
    const read = documents(`${LIST_OIDC_PROVIDERS_JSON}${GET_OIDC_PROVIDER_JSON}`);
    expect(read.map(identifyPaste)).toEqual([
      { kind: 'oidc-provider-list' },
      { kind: 'oidc-provider' },
    ]);
  });

  it('reads past the shell prompt lines copied with the outputs', () => {
    const terminal = `$ aws iam list-open-id-connect-providers\n${LIST_OIDC_PROVIDERS_JSON}$ aws iam get-open-id-connect-provider --open-id-connect-provider-arn arn:aws:iam::111122223333:oidc-provider/x\n${GET_OIDC_PROVIDER_JSON}`;
    expect(documents(terminal)).toHaveLength(2);
    expect(
      identifyPaste(
        documents(`$ kubectl get sa my-app -n prod -o yaml\n${SERVICE_ACCOUNT_YAML}`)[0],
      ),
    ).toEqual({
      kind: 'kubernetes',
      objectKind: 'ServiceAccount',
    });
  });

  it('gives the line and column of a JSON syntax error', () => {
    expect(error('{\n  "Version": "2012-10-17",\n  "Statement": [],\n}')).toMatchObject({
      line: 4,
      column: 1,
      message: expect.stringContaining('Trailing comma') as string,
    });
  });

  it('says a JSON paste that stops mid-object looks cut off', () => {
    const cut = LIST_OIDC_PROVIDERS_JSON.slice(0, LIST_OIDC_PROVIDERS_JSON.indexOf('},') + 2);
    const { message, line } = error(cut);
    expect(message).toContain('cut off');
    expect(line).toBe(5);
  });

  it('reads a YAML stream, dropping empty documents', () => {
    const read = documents(`---\n${SERVICE_ACCOUNT_YAML}---\n---\n${MUTATED_POD_YAML}`);
    expect(read.map(identifyPaste)).toEqual([
      { kind: 'kubernetes', objectKind: 'ServiceAccount' },
      { kind: 'kubernetes', objectKind: 'Pod' },
    ]);
  });

  it('gives the line and column where YAML cut inside a quoted string stops (the end of the paste)', () => {
    const cut =
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  annotations:\n    eks.amazonaws.com/role-arn: "arn:aws:iam::1111';
    const { message, line, column } = error(cut);
    expect(message).toMatch(/^Not valid YAML: Missing closing "quote\..*cut off/);
    expect({ line, column }).toEqual({ line: 5, column: 51 });
  });

  it('gives the line of an unterminated flow mapping', () => {
    const { message, line } = error('metadata: {name: my-app, namespace: prod\nspec: {}\n');
    expect(message).toContain('Not valid YAML');
    expect(line).toBe(2);
  });

  it('reads YAML as kubectl does (1.1 booleans) but keeps dates and policy versions as text', () => {
    expect(
      documents('enabled: on\nVersion: 2012-10-17\ncreationTimestamp: 2025-03-14T09:26:53Z\n'),
    ).toEqual([
      { enabled: true, Version: '2012-10-17', creationTimestamp: '2025-03-14T09:26:53Z' },
    ]);
  });

  it('expands `kind: List` and typed lists into their items', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ServiceAccount\n  metadata:\n    name: a\n- apiVersion: v1\n  kind: ServiceAccount\n  metadata:\n    name: b\nmetadata:\n  resourceVersion: ""\n`;
    expect(documents(list).map(identifyPaste)).toEqual([
      { kind: 'kubernetes', objectKind: 'ServiceAccount' },
      { kind: 'kubernetes', objectKind: 'ServiceAccount' },
    ]);
    const typed = '{"apiVersion":"v1","kind":"PodList","items":[{"metadata":{"name":"p"}}]}';
    expect(identifyPaste(documents(typed)[0])).toEqual({ kind: 'kubernetes', objectKind: 'Pod' });
  });

  it('refuses a Helm template, naming where the first {{ is', () => {
    const chart =
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: my-app\n  annotations:\n    eks.amazonaws.com/role-arn: {{ .Values.roleArn }}\n';
    const { message, line, column } = error(chart);
    expect({ line, column }).toEqual({ line: 6, column: 33 });
    expect(message).toContain('{{ .Values.roleArn }}');
    expect(message).toContain('kubectl get');
    expect(message).toContain('helm template');
  });

  it('refuses an unquoted {{ in an object from the API server, but reads a literal one', () => {
    const edited = SERVICE_ACCOUNT_YAML.replace(
      '    eks.amazonaws.com/role-arn: arn:aws:iam::111122223333:role/my-app-role',
      '    eks.amazonaws.com/role-arn: {{ .Values.roleArn }}',
    );
    expect(error(edited)).toMatchObject({ line: 5, column: 33 });
    const vault = SERVICE_ACCOUNT_YAML.replace(
      '  creationTimestamp:',
      '    vault.hashicorp.com/agent-inject-template-db: |\n      {{- with secret "database/creds/app" -}}\n      {{ .Data.username }}\n      {{- end }}\n  creationTimestamp:',
    );
    expect(identifyPaste(documents(vault)[0])).toEqual({
      kind: 'kubernetes',
      objectKind: 'ServiceAccount',
    });
  });

  it('refuses a megabyte before parsing it, saying its length and the limit', () => {
    const { message } = error('a'.repeat(1_000_000));
    expect(message).toContain('1,000,000');
    expect(message).toContain(MAX_PASTE_CHARS.toLocaleString('en-US'));
  });

  it('says nothing was pasted for blank text, and nothing to read for empty documents', () => {
    expect(error('  \n\t\n').message).toMatch(/^Nothing pasted/);
    expect(error('---\n---\n').message).toContain('only empty documents');
  });

  it('stops an alias bomb instead of expanding it', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    expect(readPastedDocuments(bomb).ok).toBe(false);
  });
});

describe('identifyPaste', () => {
  it.each([
    [
      { apiVersion: 'apps/v1', kind: 'Deployment' },
      { kind: 'kubernetes', objectKind: 'Deployment' },
    ],
    [{ cluster: { name: 'c' } }, { kind: 'describe-cluster' }],
    [{ OpenIDConnectProviderList: [] }, { kind: 'oidc-provider-list' }],
    [{ Url: 'oidc.eks…', ClientIDList: [] }, { kind: 'oidc-provider' }],
    [{ Role: { RoleName: 'r' } }, { kind: 'get-role' }],
    [{ RoleName: 'r', PolicyName: 'p', PolicyDocument: '%7B' }, { kind: 'get-role-policy' }],
    [{ PolicyVersion: { Document: {}, VersionId: 'v1' } }, { kind: 'get-policy-version' }],
    [{ Version: '2012-10-17', Statement: [] }, { kind: 'policy-document' }],
    [{ association: { clusterName: 'c' } }, { kind: 'pod-identity-association' }],
    ['just text', { kind: 'unknown' }],
  ])('%j is %j', (value, kind) => {
    expect(identifyPaste(value)).toEqual(kind);
  });
});

describe('wrongFieldMessage', () => {
  it('sends a Pod from the ServiceAccount field to the Pod field', () => {
    expect(wrongFieldMessage({ kind: 'kubernetes', objectKind: 'Pod' }, 'serviceAccount')).toBe(
      'This is a Pod (kind: Pod), not a ServiceAccount: paste it into the Pod field.',
    );
  });

  it('explains that a Deployment never shows the webhook’s changes, with the command for its pods', () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'shop' },
      spec: { selector: { matchLabels: { app: 'web' } } },
    };
    const message = wrongFieldMessage(
      { kind: 'kubernetes', objectKind: 'Deployment' },
      'pod',
      deployment,
    );
    expect(message).toContain('only on a running pod');
    expect(message).toContain('`kubectl get pod -n shop -l app=web`');
    expect(message).toContain('`kubectl get pod NAME -n shop -o yaml`');
  });

  it('tells a trust policy from a permission policy by its Principal', () => {
    const trust = {
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn' },
          Action: 'sts:AssumeRoleWithWebIdentity',
        },
      ],
    };
    const permission = {
      Statement: { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
    };
    expect(wrongFieldMessage({ kind: 'policy-document' }, 'pod', trust)).toContain(
      'paste it into the Role field',
    );
    expect(wrongFieldMessage({ kind: 'policy-document' }, 'pod', permission)).toContain(
      'paste it into the Permission policy field',
    );
  });

  it('names the command that prints what the field wants', () => {
    expect(
      wrongFieldMessage({ kind: 'kubernetes', objectKind: 'ConfigMap' }, 'serviceAccount'),
    ).toContain('`kubectl get serviceaccount NAME -n NAMESPACE -o yaml`');
  });
});

describe('parseArn', () => {
  it('splits a role ARN, an AWS managed policy and an ARN whose resource has colons', () => {
    expect(parseArn(' arn:aws:iam::111122223333:role/my-app-role\n')).toEqual({
      arn: 'arn:aws:iam::111122223333:role/my-app-role',
      partition: 'aws',
      service: 'iam',
      region: '',
      accountId: '111122223333',
      resource: 'role/my-app-role',
    });
    expect(parseArn('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess')?.accountId).toBe('aws');
    expect(
      parseArn('arn:aws-cn:logs:cn-north-1:111122223333:log-group:/aws/eks/c:*')?.resource,
    ).toBe('log-group:/aws/eks/c:*');
  });

  it('returns null for text that is not an ARN', () => {
    for (const text of [
      '',
      'my-app-role',
      'arn:aws:iam::1111:role/x',
      'arn:aws:iam::111122223333:',
      'arn:gcp:iam::111122223333:role/x',
    ]) {
      expect(parseArn(text)).toBeNull();
    }
  });
});
