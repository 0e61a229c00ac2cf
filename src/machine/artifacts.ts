/**
 * The artifacts of each step as text a user can select and copy: manifests, documents,
 * the token, raw HTTP exactly as on the wire, SigV4 intermediates and policies.
 */
import {
  formatHttpRequest,
  formatHttpResponse,
  type HttpExchange,
  type IrsaStepId,
  type RunRecord,
} from '../sim';
// By path, not via sim/index.ts: this module loads lazily, and so must the `yaml` package.
import { toYaml } from '../sim/kubernetes/to-yaml';

export interface Artifact {
  id: string;
  title: string;
  /** How the text is written; views may colour by it. */
  kind: 'yaml' | 'json' | 'http' | 'jwt' | 'text';
  text: string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

function exchange(id: string, what: string, ex: HttpExchange | null): Artifact[] {
  if (!ex) return [];
  return [
    {
      id: `${id}-request`,
      title: `${what}: request`,
      kind: 'http',
      text: formatHttpRequest(ex.request),
    },
    {
      id: `${id}-response`,
      title: `${what}: response`,
      kind: 'http',
      text: formatHttpResponse(ex.response),
    },
  ];
}

function tokenArtifacts(run: RunRecord): Artifact[] {
  const token = run.world?.kubernetes.token;
  if (!token) return [];
  return [
    {
      id: 'token',
      title: 'Projected service-account token (compact JWT)',
      kind: 'jwt',
      text: token.compact,
    },
    { id: 'token-header', title: 'Token header (decoded)', kind: 'json', text: json(token.header) },
    {
      id: 'token-payload',
      title: 'Token payload (decoded)',
      kind: 'json',
      text: json(token.claims),
    },
  ];
}

/**
 * The pod at each stage of Setup: as written; as the pod-identity webhook receives it, after the
 * ServiceAccount admission plugin added the Kubernetes API token volume and mount; the webhook's
 * JSON Patch exactly as it returned it; and the pod as it runs, with both volumes, both mounts
 * and the node the scheduler bound it to.
 */
function podArtifacts(w: NonNullable<RunRecord['world']>): Artifact[] {
  const k = w.kubernetes;
  const apiVolume = k.admittedPod.spec.volumes?.at(-1)?.name ?? 'kube-api-access';
  return [
    {
      id: 'pod-manifest',
      title: 'Pod as written (before admission)',
      kind: 'yaml',
      text: toYaml(k.podManifest),
    },
    {
      id: 'pod-admitted',
      title: `Pod the webhook receives (the ServiceAccount admission plugin added ${apiVolume})`,
      kind: 'yaml',
      text: toYaml(k.admittedPod),
    },
    ...(k.mutation
      ? [
          {
            id: 'webhook-patch',
            title: 'Pod-identity webhook: JSON Patch (as it returned it)',
            kind: 'json' as const,
            text: json(k.mutation.patch),
          },
        ]
      : []),
    {
      id: 'pod',
      title: k.mutation
        ? `Pod after the webhook, scheduled on ${k.node.name}`
        : `Pod (not mutated by the webhook), scheduled on ${k.node.name}`,
      kind: 'yaml',
      text: toYaml(k.pod),
    },
  ];
}

/** The artifacts of Setup (`null`) or of one step, by its id. */
export function artifactsForStep(step: IrsaStepId | null, run: RunRecord): Artifact[] {
  const w = run.world;
  if (!w) return [];
  switch (step) {
    case null:
      return [
        {
          id: 'service-account',
          title: 'ServiceAccount',
          kind: 'yaml',
          text: toYaml(w.kubernetes.serviceAccount),
        },
        ...podArtifacts(w),
        ...tokenArtifacts(run),
        {
          id: 'discovery',
          title: 'Discovery document (<issuer>/.well-known/openid-configuration)',
          kind: 'json',
          text: json(w.issuer.discovery),
        },
        { id: 'jwks', title: 'JWKS (<issuer>/keys)', kind: 'json', text: json(w.issuer.jwks) },
        {
          id: 'iam-role',
          title: 'IAM role trust policy',
          kind: 'json',
          text: w.iam.roles[0]?.AssumeRolePolicyDocument ?? '',
        },
      ];
    case 'pod-to-sts': {
      const s = run.steps['pod-to-sts'];
      if (!s) return [];
      if (!s.request) {
        return [
          {
            id: 'sdk-env',
            title: 'What the SDK read from the pod',
            kind: 'text',
            text: 'AWS_ROLE_ARN: not set\nAWS_WEB_IDENTITY_TOKEN_FILE: not set\n→ no web identity: the default credential chain continues to IMDS',
          },
        ];
      }
      return [
        {
          id: 'sdk-env',
          title: 'What the SDK read from the pod',
          kind: 'text',
          text: `AWS_ROLE_ARN=${s.sdk.roleArn}\nAWS_WEB_IDENTITY_TOKEN_FILE=${s.sdk.tokenFile}\nendpoint=${s.sdk.endpoint}\nRoleSessionName=${s.sdk.roleSessionName}`,
        },
        ...tokenArtifacts(run),
        {
          id: 'sts-request',
          title: 'AssumeRoleWithWebIdentity request (unsigned)',
          kind: 'http',
          text: formatHttpRequest(s.request),
        },
        ...errorResponse(s.errorResponse, 'STS'),
      ];
    }
    case 'sts-to-iam': {
      const s = run.steps['sts-to-iam'];
      if (!s) return [];
      return [
        ...(s.unverified
          ? [
              {
                id: 'unverified',
                title: 'Token as STS reads it (not yet verified)',
                kind: 'json' as const,
                text: json(s.unverified),
              },
            ]
          : []),
        ...(s.provider
          ? [
              {
                id: 'provider',
                title: 'IAM OIDC provider found',
                kind: 'json' as const,
                text: json(s.provider),
              },
            ]
          : []),
        {
          id: 'providers',
          title: `OIDC providers in account ${s.accountId ?? '?'}`,
          kind: 'json',
          text: json(w.iam.oidcProviders.map((p) => p.Arn)),
        },
        ...errorResponse(s.errorResponse, 'STS'),
      ];
    }
    case 'iam-to-oidc': {
      const s = run.steps['iam-to-oidc'];
      if (!s) return [];
      return [
        ...exchange('discovery', 'Discovery document', s.discovery),
        ...exchange('jwks', 'JWKS', s.jwks),
        ...tokenArtifacts(run),
        ...errorResponse(s.errorResponse, 'STS'),
      ];
    }
    case 'iam-to-sts': {
      const s = run.steps['iam-to-sts'];
      if (!s) return [];
      return [
        {
          id: 'trust-policy',
          title: 'Role trust policy',
          kind: 'json',
          text:
            w.iam.roles.find((r) => r.Arn === s.roleArn)?.AssumeRolePolicyDocument ??
            '(no such role)',
        },
        {
          id: 'condition-keys',
          title: 'Condition keys from the verified token',
          kind: 'json',
          text: json(s.conditionKeys),
        },
        ...errorResponse(s.errorResponse, 'STS'),
      ];
    }
    case 'sts-to-pod': {
      const s = run.steps['sts-to-pod'];
      if (!s) return [];
      if (s.imdsRequest && s.response) {
        return [
          {
            id: 'imds-request',
            title: 'IMDS request (node role credentials)',
            kind: 'http',
            text: formatHttpRequest(s.imdsRequest),
          },
          {
            id: 'imds-response',
            title: 'IMDS response',
            kind: 'http',
            text: formatHttpResponse(s.response),
          },
        ];
      }
      if (!s.response) return [];
      return [
        {
          id: 'sts-response',
          title: 'AssumeRoleWithWebIdentity response',
          kind: 'http',
          text: formatHttpResponse(s.response),
        },
      ];
    }
    case 'pod-to-s3': {
      const s = run.steps['pod-to-s3'];
      if (!s) return [];
      return [
        {
          id: 's3-request',
          title: 'ListBuckets request (SigV4-signed)',
          kind: 'http',
          text: formatHttpRequest(s.request),
        },
        {
          id: 'canonical-request',
          title: 'SigV4 canonical request',
          kind: 'text',
          text: s.signing.canonicalRequest,
        },
        {
          id: 'string-to-sign',
          title: 'SigV4 string to sign',
          kind: 'text',
          text: s.signing.stringToSign,
        },
        ...(s.serverSigning
          ? [
              {
                id: 'server-signature',
                title: 'Signature S3 recomputed',
                kind: 'text' as const,
                text: s.serverSigning.signature,
              },
            ]
          : []),
        {
          id: 'permission-policy',
          title: 'Role permission policy',
          kind: 'json',
          text: w.iam.roles[0]?.PermissionPolicy ?? '',
        },
        {
          id: 's3-response',
          title: 'S3 response',
          kind: 'http',
          text: formatHttpResponse(s.response),
        },
      ];
    }
    default:
      return [];
  }
}

function errorResponse(
  response: import('../sim').HttpResponse | null,
  service: string,
): Artifact[] {
  return response
    ? [
        {
          id: 'error-response',
          title: `${service} error response`,
          kind: 'http',
          text: formatHttpResponse(response),
        },
      ]
    : [];
}
