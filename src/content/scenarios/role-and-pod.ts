/** Catalogue: failures at the trust policy, in the pod's wiring, at STS's duration check and at S3. */
import {
  PERMISSION_POLICY_GET_OBJECT_ONLY,
  PERMISSION_POLICY_WITH_DENY,
  trustPolicyForSub,
} from './policies';
import type { CatalogueEntry } from './types';

const GET_TRUST_POLICY =
  'aws iam get-role --role-name {{roleName}} --query Role.AssumeRolePolicyDocument';
const DENIED = 'Not authorized to perform sts:AssumeRoleWithWebIdentity';
const RESTORE_TRUST = {
  summary: 'Trust exactly system:serviceaccount:{{namespace}}:{{serviceAccount}}',
  changes: { wiring: { trustPolicy: null } },
};
const NODE_ROLE_DENIED =
  'User: arn:aws:sts::{{accountId}}:assumed-role/eks-node-role/{{instanceId}} is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action';

export const ROLE_AND_POD: CatalogueEntry[] = [
  {
    id: 'sub-other-namespace',
    title: 'Trust policy names another namespace',
    kind: 'breaks',
    changes: {
      wiring: {
        trustPolicy: trustPolicyForSub('system:serviceaccount:production:{{serviceAccount}}'),
      },
    },
    expected: { step: 4, awsCode: 'AccessDenied', message: DENIED },
    cause:
      'The role trusts system:serviceaccount:production:{{serviceAccount}}, but the pod runs in {{namespace}}, so its token says system:serviceaccount:{{namespace}}:{{serviceAccount}}. StringEquals on :sub does not match and no statement allows the call.',
    fix: RESTORE_TRUST,
    verify: [
      GET_TRUST_POLICY,
      'kubectl get pod {{podName}} -n {{namespace}} -o jsonpath="{.spec.serviceAccountName}"',
    ],
  },
  {
    id: 'sub-other-service-account',
    title: 'Trust policy names another service account',
    kind: 'breaks',
    changes: {
      wiring: { trustPolicy: trustPolicyForSub('system:serviceaccount:{{namespace}}:other-app') },
    },
    expected: { step: 4, awsCode: 'AccessDenied', message: DENIED },
    cause:
      'The role trusts the service account other-app, but the pod uses {{serviceAccount}}. The sub claim is compared exactly, so the trust policy denies.',
    fix: RESTORE_TRUST,
    verify: [
      GET_TRUST_POLICY,
      'kubectl get pod {{podName}} -n {{namespace}} -o jsonpath="{.spec.serviceAccountName}"',
    ],
  },
  {
    id: 'wildcard-in-string-equals',
    title: 'Wildcard inside StringEquals',
    kind: 'breaks',
    changes: {
      wiring: { trustPolicy: trustPolicyForSub('system:serviceaccount:{{namespace}}:*') },
    },
    expected: { step: 4, awsCode: 'AccessDenied', message: DENIED },
    cause:
      'StringEquals compares exactly: the "*" is a literal character, so system:serviceaccount:{{namespace}}:* matches no real token. Wildcards need StringLike, and a namespace-wide wildcard also lets every future service account in it assume the role.',
    fix: RESTORE_TRUST,
    verify: [GET_TRUST_POLICY],
  },
  {
    id: 'malformed-role-arn',
    title: 'Malformed role ARN in the annotation',
    kind: 'breaks',
    changes: { wiring: { roleArnAnnotation: 'arn:aws:iam:{{accountId}}:role/{{roleName}}' } },
    expected: { step: 1, awsCode: 'ValidationError', message: 'Request ARN is invalid' },
    cause:
      'The annotation reads arn:aws:iam:{{accountId}}:… with one colon where IAM ARNs have two (the region field is empty). The webhook only warns and injects it anyway; STS rejects the request before looking at the token.',
    fix: {
      summary: 'Annotate with arn:aws:iam::{{accountId}}:role/{{roleName}}',
      changes: { wiring: { roleArnAnnotation: null } },
    },
    verify: [
      'kubectl get serviceaccount {{serviceAccount}} -n {{namespace}} -o jsonpath="{.metadata.annotations.eks\\.amazonaws\\.com/role-arn}"',
      'aws iam get-role --role-name {{roleName}} --query Role.Arn',
    ],
  },
  {
    id: 'annotation-key-typo',
    title: 'Annotation key typo: the pod falls back to the node role',
    kind: 'breaks',
    changes: { wiring: { annotationKey: 'eks.amazonaws.com/role_arn' } },
    expected: { step: 6, awsCode: 'AccessDenied', message: NODE_ROLE_DENIED },
    cause:
      'The webhook only reacts to eks.amazonaws.com/role-arn; with role_arn it leaves the pod alone. Without AWS_ROLE_ARN the SDK never calls STS: its credential chain ends at IMDS, the pod acts as the node role, and S3 denies that role.',
    fix: {
      summary: 'Use the key eks.amazonaws.com/role-arn and recreate the pod',
      changes: { wiring: { annotationKey: 'eks.amazonaws.com/role-arn' } },
    },
    verify: [
      'kubectl get serviceaccount {{serviceAccount}} -n {{namespace}} -o jsonpath="{.metadata.annotations}"',
      'kubectl exec -n {{namespace}} {{podName}} -- env | grep AWS_',
      'kubectl exec -n {{namespace}} {{podName}} -- aws sts get-caller-identity',
    ],
  },
  {
    id: 'pod-created-before-annotation',
    title: 'Pod created before the annotation',
    kind: 'breaks',
    changes: { wiring: { podCreatedBeforeAnnotation: true } },
    expected: { step: 6, awsCode: 'AccessDenied', message: NODE_ROLE_DENIED },
    cause:
      'The webhook mutates pods only when they are created; this pod started before the ServiceAccount was annotated, so it has no token volume and no AWS_* variables. The SDK falls back to IMDS and the node role, which may not list buckets.',
    fix: {
      summary: 'Recreate the pod (kubectl rollout restart)',
      changes: { wiring: { podCreatedBeforeAnnotation: false } },
    },
    verify: [
      'kubectl exec -n {{namespace}} {{podName}} -- env | grep AWS_',
      'kubectl rollout restart deployment/<deployment> -n {{namespace}}',
      'kubectl exec -n {{namespace}} {{podName}} -- aws sts get-caller-identity',
    ],
  },
  {
    id: 'duration-above-max',
    title: 'Session duration above the role maximum',
    kind: 'breaks',
    changes: { names: { sessionDurationSeconds: 7200 }, wiring: { caller: 'aws-cli' } },
    expected: {
      step: 5,
      awsCode: 'ValidationError',
      message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    },
    cause:
      "A script in the pod runs aws sts assume-role-with-web-identity --duration-seconds 7200, but the role's MaxSessionDuration is 3600. STS verifies the token and the trust policy, then refuses a session longer than the role allows. (The SDK's default chain never sends DurationSeconds: its sessions are always 3600 s.)",
    fix: {
      summary: 'Ask for 3600 seconds or less (or raise the role maximum)',
      changes: { names: { sessionDurationSeconds: 3600 } },
    },
    verify: [
      'aws iam get-role --role-name {{roleName}} --query Role.MaxSessionDuration',
      'aws iam update-role --role-name {{roleName}} --max-session-duration 7200',
    ],
  },
  {
    id: 'missing-list-permission',
    title: 'Role lacks s3:ListAllMyBuckets',
    kind: 'breaks',
    changes: { wiring: { permissionPolicy: PERMISSION_POLICY_GET_OBJECT_ONLY } },
    expected: {
      step: 6,
      awsCode: 'AccessDenied',
      message:
        'User: arn:aws:sts::{{accountId}}:assumed-role/{{roleName}}/botocore-session-1795867200 is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action',
    },
    cause:
      'IRSA worked: the pod has the role. But the role only allows s3:GetObject on one bucket, and ListBuckets needs s3:ListAllMyBuckets on "*". No statement allows it, so the implicit deny stands.',
    fix: {
      summary: 'Allow s3:ListAllMyBuckets on "*"',
      changes: { wiring: { permissionPolicy: null } },
    },
    verify: [
      'aws iam simulate-principal-policy --policy-source-arn {{roleArn}} --action-names s3:ListAllMyBuckets',
      'aws iam list-role-policies --role-name {{roleName}}',
    ],
  },
  {
    id: 'explicit-deny',
    title: 'An explicit Deny wins',
    kind: 'breaks',
    changes: { wiring: { permissionPolicy: PERMISSION_POLICY_WITH_DENY } },
    expected: {
      step: 6,
      awsCode: 'AccessDenied',
      message:
        'User: arn:aws:sts::{{accountId}}:assumed-role/{{roleName}}/botocore-session-1795867200 is not authorized to perform: s3:ListAllMyBuckets with an explicit deny in an identity-based policy',
    },
    cause:
      'The policy allows s3:ListAllMyBuckets, but another statement denies s3:*. In IAM an explicit Deny always overrides an Allow, whatever the order of the statements.',
    fix: { summary: 'Remove the Deny statement', changes: { wiring: { permissionPolicy: null } } },
    verify: [
      'aws iam simulate-principal-policy --policy-source-arn {{roleArn}} --action-names s3:ListAllMyBuckets',
      'aws iam get-role-policy --role-name {{roleName}} --policy-name <policy-name>',
    ],
  },
  {
    id: 's3-missing-session-token',
    title: 'Temporary key sent without its session token',
    kind: 'breaks',
    changes: { wiring: { s3SessionTokenSent: false } },
    expected: {
      step: 6,
      awsCode: 'InvalidAccessKeyId',
      message: 'The AWS Access Key Id you provided does not exist in our records.',
    },
    cause:
      'IRSA worked, but the S3 client was given only the access key id and secret key: a temporary ASIA… key is valid only together with its session token, sent as x-amz-security-token. Without it S3 answers as if the key did not exist.',
    fix: {
      summary:
        'Pass the session token along with the key (AWS_SESSION_TOKEN, or let the SDK chain supply all three)',
      changes: { wiring: { s3SessionTokenSent: true } },
    },
    verify: [
      'kubectl exec -n {{namespace}} {{podName}} -- env | grep -E "^AWS_(ACCESS_KEY_ID|SESSION_TOKEN|ROLE_ARN)="',
      'aws sts get-caller-identity',
    ],
  },
];
