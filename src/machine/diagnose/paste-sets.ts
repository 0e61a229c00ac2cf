/**
 * Test data only: pastes shaped as `kubectl` and the AWS CLI v2 print them (managedFields,
 * status, URL-encoded documents, JSON and YAML output), on a cluster `payments` in us-west-2,
 * account 111122223333, namespace `payments`, ServiceAccount `api`, role `payments-api`.
 */
export const ACCOUNT = '111122223333';
export const OIDC_ID = '9A1C0E5B7D3F2A4C6E8B0D1F3A5C7E9B';
export const OLD_OIDC_ID = '0B2D4F6A8C0E2B4D6F8A0C2E4B6D8F0A';
export const HOST = `oidc.eks.us-west-2.amazonaws.com/id/${OIDC_ID}`;
export const ISSUER = `https://${HOST}`;
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/payments-api`;
export const PROVIDER_ARN = `arn:aws:iam::${ACCOUNT}:oidc-provider/${HOST}`;

export function serviceAccountYaml(
  annotations: Record<string, string> = { 'eks.amazonaws.com/role-arn': ROLE_ARN },
  name = 'api',
): string {
  const lines = Object.entries(annotations).map(([k, v]) => `    ${k}: ${v}`);
  return `apiVersion: v1
kind: ServiceAccount
metadata:
${lines.length > 0 ? `  annotations:\n${lines.join('\n')}\n` : ''}  creationTimestamp: "2026-11-02T09:14:07Z"
  managedFields:
  - apiVersion: v1
    fieldsType: FieldsV1
    fieldsV1:
      f:metadata:
        f:annotations:
          .: {}
          f:eks.amazonaws.com/role-arn: {}
    manager: kubectl-annotate
    operation: Update
    time: "2026-11-02T09:14:07Z"
  name: ${name}
  namespace: payments
  resourceVersion: "48211"
  uid: 5b0e3f0e-8c1d-4b7a-9a55-2f6c1b7e9d10
`;
}

export function podYaml(
  opts: {
    mutated?: boolean;
    audience?: string;
    staticKeys?: boolean;
    serviceAccount?: string;
  } = {},
): string {
  const mutated = opts.mutated ?? true;
  const env = mutated
    ? `    env:
    - name: AWS_STS_REGIONAL_ENDPOINTS
      value: regional
    - name: AWS_DEFAULT_REGION
      value: us-west-2
    - name: AWS_REGION
      value: us-west-2
    - name: AWS_ROLE_ARN
      value: ${ROLE_ARN}
    - name: AWS_WEB_IDENTITY_TOKEN_FILE
      value: /var/run/secrets/eks.amazonaws.com/serviceaccount/token
`
    : '';
  const keys = opts.staticKeys
    ? `    - name: AWS_ACCESS_KEY_ID
      value: AKIAIOSFODNN7EXAMPLE
    - name: AWS_SECRET_ACCESS_KEY
      value: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
`
    : '';
  const tokenVolume = mutated
    ? `  - name: aws-iam-token
    projected:
      defaultMode: 420
      sources:
      - serviceAccountToken:
          audience: ${opts.audience ?? 'sts.amazonaws.com'}
          expirationSeconds: 86400
          path: token
`
    : '';
  return `apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: "2026-11-28T22:41:19Z"
  generateName: api-7c9d8f6b5d-
  labels:
    app: api
    pod-template-hash: 7c9d8f6b5d
  name: api-7c9d8f6b5d-x2k8q
  namespace: payments
  ownerReferences:
  - apiVersion: apps/v1
    blockOwnerDeletion: true
    controller: true
    kind: ReplicaSet
    name: api-7c9d8f6b5d
    uid: 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b
  resourceVersion: "51877"
  uid: 3e0b6a52-7f3c-4f1e-9d2a-6c8b5e4a1f07
spec:
  containers:
  - name: api
    image: 111122223333.dkr.ecr.us-west-2.amazonaws.com/payments-api:1.8.2
${env || keys ? (env || '    env:\n') + keys : ''}    volumeMounts:
    - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
      name: kube-api-access-9xq7c
      readOnly: true
${
  mutated
    ? `    - mountPath: /var/run/secrets/eks.amazonaws.com/serviceaccount
      name: aws-iam-token
      readOnly: true
`
    : ''
}  nodeName: ip-192-168-41-7.us-west-2.compute.internal
  serviceAccount: ${opts.serviceAccount ?? 'api'}
  serviceAccountName: ${opts.serviceAccount ?? 'api'}
  volumes:
${tokenVolume}  - name: kube-api-access-9xq7c
    projected:
      defaultMode: 420
      sources:
      - serviceAccountToken:
          expirationSeconds: 3607
          path: token
      - configMap:
          items:
          - key: ca.crt
            path: ca.crt
          name: kube-root-ca.crt
status:
  conditions:
  - lastProbeTime: null
    lastTransitionTime: "2026-11-28T22:41:22Z"
    status: "True"
    type: Ready
  phase: Running
  podIP: 192.168.52.14
  qosClass: BestEffort
`;
}

export function clusterJson(oidcId = OIDC_ID): string {
  return JSON.stringify(
    {
      cluster: {
        name: 'payments',
        arn: `arn:aws:eks:us-west-2:${ACCOUNT}:cluster/payments`,
        createdAt: '2026-10-01T08:00:00.000000+00:00',
        version: '1.33',
        endpoint: 'https://0A1B2C3D4E5F60718293A4B5C6D7E8F9.gr7.us-west-2.eks.amazonaws.com',
        roleArn: `arn:aws:iam::${ACCOUNT}:role/eksctl-payments-cluster-ServiceRole`,
        identity: { oidc: { issuer: `https://oidc.eks.us-west-2.amazonaws.com/id/${oidcId}` } },
        status: 'ACTIVE',
        platformVersion: 'eks.9',
        tags: {},
        accessConfig: { authenticationMode: 'API_AND_CONFIG_MAP' },
      },
    },
    null,
    4,
  );
}

export function providerListJson(ids: string[] = [OIDC_ID], account = ACCOUNT): string {
  return JSON.stringify(
    {
      OpenIDConnectProviderList: ids.map((id) => ({
        Arn: `arn:aws:iam::${account}:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/${id}`,
      })),
    },
    null,
    4,
  );
}

export function providerGetJson(clientIds: string[]): string {
  return JSON.stringify(
    {
      Url: HOST,
      ClientIDList: clientIds,
      ThumbprintList: ['9e99a48a9960b14926bb7f3b02e22da2b0ab7280'],
      CreateDate: '2026-10-01T08:21:44.912000+00:00',
      Tags: [{ Key: 'alpha.eksctl.io/cluster-name', Value: 'payments' }],
    },
    null,
    4,
  );
}

export function trustPolicy(opts: { sub?: string; host?: string; operator?: string } = {}): object {
  const host = opts.host ?? HOST;
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/${host}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          [opts.operator ?? 'StringEquals']: {
            [`${host}:sub`]: opts.sub ?? 'system:serviceaccount:payments:api',
            [`${host}:aud`]: 'sts.amazonaws.com',
          },
        },
      },
    ],
  };
}

/** `aws iam get-role` as the CLI prints it (document decoded), or as the raw API has it (URL-encoded). */
export function getRoleJson(
  trust: object,
  opts: { encoded?: boolean; account?: string } = {},
): string {
  const account = opts.account ?? ACCOUNT;
  return JSON.stringify(
    {
      Role: {
        Path: '/',
        RoleName: 'payments-api',
        RoleId: 'AROA3XFRBF23EXAMPLE7Q',
        Arn: `arn:aws:iam::${account}:role/payments-api`,
        CreateDate: '2026-10-01T08:30:12+00:00',
        AssumeRolePolicyDocument: opts.encoded ? encodeURIComponent(JSON.stringify(trust)) : trust,
        Description: '',
        MaxSessionDuration: 3600,
        RoleLastUsed: { LastUsedDate: '2026-11-28T21:02:44+00:00', Region: 'us-west-2' },
      },
    },
    null,
    4,
  );
}

/**
 * `aws iam get-policy-version … --output yaml`: read the invoices bucket, and (with `listAll`)
 * list every bucket, the call the walk's last step makes (s3:ListAllMyBuckets is on "*" only).
 */
export function policyVersionYaml(listAll: boolean): string {
  const list = listAll
    ? `    - Action: s3:ListAllMyBuckets
      Effect: Allow
      Resource: '*'
`
    : '';
  return `PolicyVersion:
  CreateDate: '2026-10-01T08:31:02+00:00'
  Document:
    Statement:
${list}    - Action:
      - s3:ListBucket
      - s3:GetObject
      Effect: Allow
      Resource:
      - arn:aws:s3:::payments-invoices
      - arn:aws:s3:::payments-invoices/*
    Version: '2012-10-17'
  IsDefaultVersion: true
  VersionId: v2
`;
}

/** base64url of a JSON value (TextEncoder and btoa: the code runs in the browser's types). */
const base64url = (value: object) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/**
 * A projected token as the pod's file holds it (Kubernetes 1.30+ claims). The signature part is
 * filler: Diagnose decodes a pasted token and never verifies it (it has no copy of the key).
 */
export function projectedToken(iat: number, expirationSeconds = 86400): string {
  const header = { alg: 'RS256', kid: '2b5e4f1c9a0d3e7b6c8a1f2e4d5c6b7a8e9f0a1b' };
  const claims = {
    aud: ['sts.amazonaws.com'],
    exp: iat + expirationSeconds,
    iat,
    iss: ISSUER,
    jti: '6f1d3c2b-8a4e-4b9f-a0c1-7e5d2f3a9b84',
    'kubernetes.io': {
      namespace: 'payments',
      node: {
        name: 'ip-192-168-41-7.us-west-2.compute.internal',
        uid: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      },
      pod: { name: 'api-7c9d8f6b5d-x2k8q', uid: '3e0b6a52-7f3c-4f1e-9d2a-6c8b5e4a1f07' },
      serviceaccount: { name: 'api', uid: '5b0e3f0e-8c1d-4b7a-9a55-2f6c1b7e9d10' },
    },
    nbf: iat,
    sub: 'system:serviceaccount:payments:api',
  };
  return `${base64url(header)}.${base64url(claims)}.${'Qm9ndXMgc2lnbmF0dXJl'.repeat(17)}`;
}
