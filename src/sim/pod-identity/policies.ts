/** The policies a correct Pod Identity setup has, as JSON text the lab shows and edits. */
import { POD_IDENTITY_SERVICE_PRINCIPAL } from './names';
import type { PodIdentityScenario } from './scenario';

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * The trust policy the EKS User Guide gives for Pod Identity roles, verbatim:
 * https://docs.aws.amazon.com/eks/latest/userguide/pod-id-role.html
 * No condition: which pods get the role is decided by the association, not by the trust policy.
 */
export const POD_IDENTITY_TRUST_POLICY = pretty({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'AllowEksAuthToAssumeRoleForPodIdentity',
      Effect: 'Allow',
      Principal: { Service: POD_IDENTITY_SERVICE_PRINCIPAL },
      Action: ['sts:AssumeRole', 'sts:TagSession'],
    },
  ],
});

/** The same least-privilege permission policy as IRSA's: s3:ListAllMyBuckets on "*". */
export const POD_IDENTITY_PERMISSION_POLICY = pretty({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'ListBuckets', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
  ],
});

/**
 * The node role: what worker nodes need, including eks-auth:AssumeRoleForPodIdentity, which
 * AmazonEKSWorkerNodePolicy gained for the agent (EKS User Guide, pod-id-agent-setup; the
 * immersion-day deep dive shows the same statement). No S3: a pod that falls back to the node role
 * is refused by S3.
 */
export const NODE_ROLE_POLICY = pretty({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'WorkerNode',
      Effect: 'Allow',
      Action: [
        'ec2:DescribeInstances',
        'ec2:DescribeRouteTables',
        'eks:DescribeCluster',
        'eks-auth:AssumeRoleForPodIdentity',
      ],
      Resource: '*',
    },
  ],
});

export const NODE_ROLE_TRUST_POLICY = pretty({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});

/** The role's policies for a scenario: its own where it gives them, the correct ones otherwise. */
export function podIdentityRolePolicies(s: PodIdentityScenario): {
  trust: string;
  permission: string;
  node: string;
} {
  return {
    trust: s.wiring.trustPolicy ?? POD_IDENTITY_TRUST_POLICY,
    permission: s.wiring.permissionPolicy ?? POD_IDENTITY_PERMISSION_POLICY,
    node: s.wiring.nodeRolePolicy ?? NODE_ROLE_POLICY,
  };
}
