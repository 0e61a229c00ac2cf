/** Words and policies several Pod Identity catalogue entries share. */

/** botocore's prefix when the agent answered with an error (ContainerMetadataFetcher). */
export const RELAYED = (status: number) =>
  `Error when retrieving credentials from container-role: Error retrieving metadata: Received non 200 response ${status} from container metadata: [`;

export const LIST_ASSOCIATIONS =
  'aws eks list-pod-identity-associations --cluster-name {{clusterName}} --namespace {{namespace}} --service-account {{serviceAccount}}';

export const POD_ENV = 'kubectl exec -n {{namespace}} {{podName}} -- env | grep AWS_CONTAINER';

export const GET_TRUST_POLICY =
  'aws iam get-role --role-name {{roleName}} --query Role.AssumeRolePolicyDocument';

export const TRUST_DENIED =
  'Unauthorized Exception! EKS does not have permissions to assume the associated role.';

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** Trusts only sts:AssumeRole: EKS also needs sts:TagSession for its session tags. */
export const TRUST_WITHOUT_TAG_SESSION = pretty({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'AllowEksAuthToAssumeRoleForPodIdentity',
      Effect: 'Allow',
      Principal: { Service: 'pods.eks.amazonaws.com' },
      Action: 'sts:AssumeRole',
    },
  ],
});

/** An IRSA role reused as is: it trusts the cluster's OIDC provider, not pods.eks.amazonaws.com. */
export const TRUST_IRSA_ONLY = pretty({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: {
        Federated:
          'arn:aws:iam::{{accountId}}:oidc-provider/oidc.eks.{{region}}.amazonaws.com/id/5E1D2A3C4B6F7089A1B2C3D4E5F60718',
      },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: {
          'oidc.eks.{{region}}.amazonaws.com/id/5E1D2A3C4B6F7089A1B2C3D4E5F60718:sub':
            'system:serviceaccount:{{namespace}}:{{serviceAccount}}',
        },
      },
    },
  ],
});

/**
 * One customer-managed policy for many roles: each role's `allowed-namespace` tag names the
 * namespace that may use it, and the session's kubernetes-namespace tag (set by EKS) must match.
 * ListAllMyBuckets has no bucket resource, so the variable goes in a condition, not in Resource.
 */
export const ABAC_PERMISSION_POLICY = pretty({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ListBucketsFromTheRolesNamespace',
      Effect: 'Allow',
      Action: 's3:ListAllMyBuckets',
      Resource: '*',
      Condition: {
        StringEquals: {
          'aws:PrincipalTag/allowed-namespace': '${aws:PrincipalTag/kubernetes-namespace}',
        },
      },
    },
  ],
});

/** The node role as node groups had it before Pod Identity: no eks-auth:AssumeRoleForPodIdentity. */
export const NODE_ROLE_WITHOUT_EKS_AUTH = pretty({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'WorkerNode',
      Effect: 'Allow',
      Action: ['ec2:DescribeInstances', 'ec2:DescribeRouteTables', 'eks:DescribeCluster'],
      Resource: '*',
    },
  ],
});

export const NODE_ROLE_S3_DENIED =
  'User: {{nodeSessionArn}} is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action';
