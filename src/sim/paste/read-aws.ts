/**
 * Reads `aws eks` and `aws iam` output as the CLI prints it (`--output json`, or `--output yaml`,
 * which prints the same keys), keeping the facts IRSA and Pod Identity depend on. Roles and
 * policies are in `read-aws-iam.ts`, re-exported here so every AWS reader has one address.
 */
import type { Parsed } from '../parse-result';
import { readPastedDocuments } from './read-document';
import { arrayAt, fail, isRecord, neverThrows, recordAt, stringAt } from './paste-values';
import { readArn } from './read-arn';
import { onlyOne, selectDocuments } from './select-documents';
import type {
  PastedAssociation,
  PastedCluster,
  PastedOidcProvider,
  PastedOidcProviders,
} from './types';

export { readPolicy, readRole } from './read-aws-iam';

/** `aws eks describe-cluster --name NAME`. */
export function readCluster(text: string): Parsed<PastedCluster> {
  return neverThrows(() => {
    const selected = selectDocuments(text, 'cluster', (kind) => kind.kind === 'describe-cluster');
    if (!selected.ok) return selected;
    const one = onlyOne(selected.value, '`aws eks describe-cluster` outputs', (value) =>
      stringAt(recordAt(value, 'cluster'), 'name'),
    );
    if (!one.ok) return one;
    const cluster = recordAt(one.value, 'cluster');
    const name = stringAt(cluster, 'name');
    if (name === null)
      return fail(
        'The output has no cluster.name: paste the whole `aws eks describe-cluster` output.',
      );
    const arn = readArn(cluster, 'arn', 'cluster.arn', 'eks', 'cluster/');
    if (!arn.ok) return arn;
    return {
      ok: true,
      value: {
        name,
        arn: arn.value,
        version: stringAt(cluster, 'version'),
        issuer: stringAt(recordAt(recordAt(cluster, 'identity'), 'oidc'), 'issuer'),
      },
    };
  });
}

/**
 * `aws iam list-open-id-connect-providers`, and any `aws iam get-open-id-connect-provider …`
 * outputs pasted with it, merged by the provider's URL (host and path): the list gives each
 * provider's ARN, the get its client IDs. `--query OpenIDConnectProviderList` prints the bare
 * list; an empty list is an answer too (the account has no provider).
 */
export function readOidcProviders(text: string): Parsed<PastedOidcProviders> {
  return neverThrows(() => {
    const selected = selectDocuments(
      text,
      'oidcProviders',
      (kind, value) =>
        kind.kind === 'oidc-provider-list' ||
        kind.kind === 'oidc-provider' ||
        isBareProviderList(value),
    );
    if (!selected.ok) return selected;
    const byHostPath = new Map<string, PastedOidcProvider>();
    const entry = (hostPath: string): PastedOidcProvider => {
      const known = byHostPath.get(hostPath) ?? { arn: null, hostPath, clientIds: null };
      byHostPath.set(hostPath, known);
      return known;
    };
    for (const { kind, value } of selected.value) {
      if (kind.kind === 'oidc-provider') {
        const url = isRecord(value) ? value.Url : undefined;
        if (typeof url !== 'string' || url === '')
          return fail('The `get-open-id-connect-provider` output has no Url.');
        const clientIds = arrayAt(value, 'ClientIDList').filter(
          (id): id is string => typeof id === 'string',
        );
        entry(withoutScheme(url)).clientIds = clientIds;
        continue;
      }
      const list = Array.isArray(value) ? value : arrayAt(value, 'OpenIDConnectProviderList');
      for (const item of list) {
        const arn = readArn(item, 'Arn', 'Arn', 'iam', 'oidc-provider/');
        if (!arn.ok) return arn;
        entry(arn.value.resource.slice('oidc-provider/'.length)).arn = arn.value;
      }
    }
    return { ok: true, value: { providers: [...byHostPath.values()] } };
  });
}

/** `[{"Arn": …}]` or `[]`: the list without its key, as `--query OpenIDConnectProviderList` prints it. */
function isBareProviderList(value: unknown): boolean {
  return (
    Array.isArray(value) && value.every((item) => isRecord(item) && typeof item.Arn === 'string')
  );
}

/** IAM returns the URL without its scheme; a paste from elsewhere may keep `https://`. */
function withoutScheme(url: string): string {
  return url.trim().replace(/^https:\/\//i, '');
}

/** `aws eks describe-pod-identity-association --cluster-name C --association-id ID`. */
export function readAssociation(text: string): Parsed<PastedAssociation> {
  return neverThrows(() => {
    const selected = selectDocuments(
      text,
      'association',
      (kind) => kind.kind === 'pod-identity-association',
    );
    if (!selected.ok) return listedAssociationsError(text) ?? selected;
    const one = onlyOne(selected.value, 'associations', (value) =>
      stringAt(recordAt(value, 'association'), 'associationId'),
    );
    if (!one.ok) return one;
    const association = recordAt(one.value, 'association');
    const missing = ['clusterName', 'namespace', 'serviceAccount', 'roleArn'].filter(
      (key) => stringAt(association, key) === null,
    );
    if (missing.length > 0) {
      return fail(
        `The association has no ${missing.join(', ')}: paste the whole \`aws eks describe-pod-identity-association\` output.`,
      );
    }
    const roleArn = readArn(association, 'roleArn', 'association.roleArn', 'iam', 'role/');
    if (!roleArn.ok) return roleArn;
    const targetRoleArn = stringAt(association, 'targetRoleArn');
    if (targetRoleArn !== null) {
      const target = readArn(
        association,
        'targetRoleArn',
        'association.targetRoleArn',
        'iam',
        'role/',
      );
      if (!target.ok) return target;
    }
    return {
      ok: true,
      value: {
        clusterName: stringAt(association, 'clusterName')!,
        namespace: stringAt(association, 'namespace')!,
        serviceAccount: stringAt(association, 'serviceAccount')!,
        roleArn: roleArn.value,
        associationArn: stringAt(association, 'associationArn'),
        targetRoleArn,
      },
    };
  });
}

/**
 * `aws eks list-pod-identity-associations` prints `{"associations": [...]}` without the role:
 * say which command prints it, for the association of this ServiceAccount.
 */
function listedAssociationsError(text: string): Parsed<never> | null {
  const documents = readPastedDocuments(text);
  if (!documents.ok) return null;
  const listed = documents.value.some(
    (value) => isRecord(value) && Array.isArray(value.associations),
  );
  if (!listed) return null;
  return fail(
    'This is `aws eks list-pod-identity-associations` output, which has no role ARN: paste `aws eks describe-pod-identity-association --cluster-name CLUSTER --association-id ID` for the ServiceAccount’s association.',
  );
}
