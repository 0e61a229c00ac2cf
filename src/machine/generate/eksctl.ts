/**
 * The setup as eksctl commands, one script. Flags as the eksctl User Guide spells them:
 * "IAM Roles for Service Accounts" (`utils associate-iam-oidc-provider`, `create
 * iamserviceaccount`) and "EKS Pod Identity Associations" (`create podidentityassociation`):
 * https://docs.aws.amazon.com/eks/latest/eksctl/iamserviceaccounts.html
 * https://docs.aws.amazon.com/eks/latest/eksctl/pod-identity-associations.html
 */
import type { GenerateFlow, SetupNames, SetupPolicies } from './names';
import { command, fileHeredoc } from './shell';

export interface GeneratedFile {
  /** What a download saves it as. */
  fileName: string;
  text: string;
}

/** The customer managed policy eksctl attaches: it takes policy ARNs, not inline documents. */
export function managedPolicyName(names: Pick<SetupNames, 'roleName'>): string {
  return `${names.roleName}-permissions`;
}

function createManagedPolicy(names: SetupNames, policies: SetupPolicies): string {
  return [
    '# 2. The permission policy as a customer managed policy: on the command line eksctl attaches',
    "#    policies by ARN (an inline document only in a config file's attachPolicy).",
    fileHeredoc('permission-policy.json', policies.permission),
    command('aws iam create-policy', [
      ['--policy-name', managedPolicyName(names)],
      ['--policy-document', 'file://permission-policy.json'],
    ]),
  ].join('\n');
}

export function eksctlSetup(
  names: SetupNames,
  flow: GenerateFlow,
  policies: SetupPolicies,
): GeneratedFile {
  const policyArn = `arn:aws:iam::${names.accountId}:policy/${managedPolicyName(names)}`;
  const cluster: [string, string][] = [
    ['--cluster', names.clusterName],
    ['--region', names.region],
  ];
  const steps =
    flow === 'irsa'
      ? [
          "# 1. The IAM OIDC provider for the cluster's issuer (once per cluster).",
          command('eksctl utils associate-iam-oidc-provider', [...cluster, ['--approve']]),
          '',
          createManagedPolicy(names, policies),
          '',
          '# 3. The role, trusting this provider for exactly this ServiceAccount (eksctl writes the',
          `#    same trust policy the engine evaluated), and the ServiceAccount annotated with its ARN.`,
          command('eksctl create iamserviceaccount', [
            ...cluster,
            ['--namespace', names.namespace],
            ['--name', names.serviceAccountName],
            ['--role-name', names.roleName],
            ['--attach-policy-arn', policyArn],
            ['--approve'],
          ]),
        ]
      : [
          '# 1. The EKS Pod Identity Agent add-on (once per cluster; EKS Auto Mode has it already).',
          command('eksctl create addon', [...cluster, ['--name', 'eks-pod-identity-agent']]),
          '',
          createManagedPolicy(names, policies),
          '',
          '# 3. The role (eksctl gives it the trust policy for pods.eks.amazonaws.com, with',
          '#    sts:AssumeRole and sts:TagSession) and the association for this ServiceAccount.',
          command('eksctl create podidentityassociation', [
            ...cluster,
            ['--namespace', names.namespace],
            ['--service-account-name', names.serviceAccountName],
            ['--role-name', names.roleName],
            ['--permission-policy-arns', policyArn],
          ]),
        ];
  const what = flow === 'irsa' ? 'IRSA' : 'EKS Pod Identity';
  return {
    fileName: flow === 'irsa' ? 'irsa-eksctl.sh' : 'pod-identity-eksctl.sh',
    text: [
      '#!/usr/bin/env bash',
      `# ${what} for ServiceAccount ${names.namespace}/${names.serviceAccountName} on cluster ${names.clusterName}, with eksctl.`,
      'set -euo pipefail',
      '',
      ...steps,
      '',
    ].join('\n'),
  };
}
