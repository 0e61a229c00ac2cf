/**
 * Reads `kubectl get serviceaccount|pod … -o yaml` (or `-o json`) as printed, `managedFields`,
 * `status` and all, keeping only what IRSA and EKS Pod Identity depend on: the ServiceAccount's
 * annotations, and what the webhook left on the pod (env variables, projected token volumes).
 */
import type { Parsed } from '../parse-result';
import {
  arrayAt,
  booleanAt,
  fail,
  isRecord,
  lastLineNumber,
  neverThrows,
  numberAt,
  recordAt,
  stringAt,
  stringMapAt,
  type JsonObject,
} from './paste-values';
import { onlyOne, selectDocuments } from './select-documents';
import type { PastedContainer, PastedPod, PastedServiceAccount, PastedTokenVolume } from './types';

/** `kubectl get serviceaccount NAME -n NS -o yaml`, alone or among other documents. */
export function readServiceAccount(text: string): Parsed<PastedServiceAccount> {
  return neverThrows(() => {
    const object = readObjectOfKind(text, 'ServiceAccount');
    if (!object.ok) return object;
    const { name, namespace, metadata } = object.value;
    return {
      ok: true,
      value: { name, namespace, annotations: stringMapAt(metadata, 'annotations') },
    };
  });
}

/** `kubectl get pod NAME -n NS -o yaml`: the pod as it runs, after admission and the webhook. */
export function readPod(text: string): Parsed<PastedPod> {
  return neverThrows(() => {
    const object = readObjectOfKind(text, 'Pod');
    if (!object.ok) return object;
    const { name, namespace, metadata, value } = object.value;
    const spec = recordAt(value, 'spec');
    const containers = [...arrayAt(spec, 'initContainers'), ...arrayAt(spec, 'containers')];
    if (!spec || arrayAt(spec, 'containers').length === 0) {
      const line = lastLineNumber(text);
      return fail(
        `The pod ${name} has no ${spec ? 'spec.containers' : 'spec'}: the paste looks cut off (it ends at line ${line}). Copy the whole output of \`kubectl get pod ${name} -n ${namespace} -o yaml\`.`,
        { line },
      );
    }
    const podSecurity = recordAt(spec, 'securityContext');
    const owner = arrayAt(metadata, 'ownerReferences').find(
      (reference) => isRecord(reference) && reference.kind === 'ReplicaSet',
    );
    return {
      ok: true,
      value: {
        name,
        namespace,
        // The API server fills in `default` when the spec names none; `serviceAccount` is the
        // deprecated spelling it still copies across.
        serviceAccountName:
          stringAt(spec, 'serviceAccountName') ?? stringAt(spec, 'serviceAccount') ?? 'default',
        annotations: stringMapAt(metadata, 'annotations'),
        containers: containers.filter(isRecord).map(readContainer),
        tokenVolumes: arrayAt(spec, 'volumes').flatMap(readTokenVolumes),
        fsGroup: numberAt(podSecurity, 'fsGroup'),
        runAsUser: numberAt(podSecurity, 'runAsUser'),
        runAsNonRoot: booleanAt(podSecurity, 'runAsNonRoot'),
        ownerReplicaSet: stringAt(owner, 'name'),
        creationTimestamp: stringAt(metadata, 'creationTimestamp'),
      },
    };
  });
}

interface KubernetesObject {
  name: string;
  namespace: string;
  metadata: JsonObject | null;
  value: unknown;
}

/** The one object of `objectKind` in the paste, with its name and namespace. */
function readObjectOfKind(
  text: string,
  objectKind: 'ServiceAccount' | 'Pod',
): Parsed<KubernetesObject> {
  const field = objectKind === 'Pod' ? 'pod' : 'serviceAccount';
  const selected = selectDocuments(
    text,
    field,
    (kind) => kind.kind === 'kubernetes' && kind.objectKind === objectKind,
  );
  if (!selected.ok) return selected;
  const one = onlyOne(selected.value, `${objectKind}s`, (value) =>
    stringAt(recordAt(value, 'metadata'), 'name'),
  );
  if (!one.ok) return one;
  const metadata = recordAt(one.value, 'metadata');
  const name = stringAt(metadata, 'name');
  if (name === null) {
    // kubectl prints metadata keys in alphabetical order: annotations and managedFields come
    // before name, so a paste cut short there has no name at all.
    const line = lastLineNumber(text);
    return fail(
      `The ${objectKind} has no metadata.name: the paste looks cut off (it ends at line ${line}). Copy the whole output of \`kubectl get ${objectKind === 'Pod' ? 'pod' : 'serviceaccount'} NAME -n NAMESPACE -o yaml\`.`,
      { line },
    );
  }
  // A manifest without a namespace lands in the `default` namespace (kubectl apply without -n).
  const namespace = stringAt(metadata, 'namespace') ?? 'default';
  return { ok: true, value: { name, namespace, metadata, value: one.value } };
}

function readContainer(container: JsonObject): PastedContainer {
  const env: Record<string, string | null> = {};
  // Later entries win when a name repeats, as the kubelet builds the environment in order.
  for (const entry of arrayAt(container, 'env')) {
    const name = stringAt(entry, 'name');
    if (!isRecord(entry) || name === null) continue;
    env[name] = envValue(entry);
  }
  const security = recordAt(container, 'securityContext');
  return {
    name: stringAt(container, 'name') ?? '',
    env,
    runAsUser: numberAt(security, 'runAsUser'),
    runAsNonRoot: booleanAt(security, 'runAsNonRoot'),
  };
}

/** `value` as text (an entry with neither `value` nor `valueFrom` is the empty string). */
function envValue(entry: JsonObject): string | null {
  const { value } = entry;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return entry.valueFrom !== undefined && entry.valueFrom !== null ? null : '';
}

/**
 * The projected `serviceAccountToken` sources of one volume: `aws-iam-token` for IRSA,
 * `eks-pod-identity-token` for Pod Identity. The API server's own `kube-api-access-*` volume
 * (a token for itself, with no audience) is not one the webhook added, so it is left out.
 */
function readTokenVolumes(volume: unknown): PastedTokenVolume[] {
  const volumeName = stringAt(volume, 'name') ?? '';
  const sources = arrayAt(recordAt(volume, 'projected'), 'sources');
  const tokens: PastedTokenVolume[] = [];
  for (const source of sources) {
    const token = recordAt(source, 'serviceAccountToken');
    if (!token) continue;
    const audience = stringAt(token, 'audience');
    if (audience === null && volumeName.startsWith('kube-api-access-')) continue;
    tokens.push({
      volumeName,
      audience,
      expirationSeconds: numberAt(token, 'expirationSeconds'),
      path: stringAt(token, 'path') ?? '',
    });
  }
  return tokens;
}
