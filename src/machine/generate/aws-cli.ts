/**
 * The setup as AWS CLI v2 commands, one script that writes its two policy files first.
 * Commands and flags from the AWS CLI Command Reference: `iam create-open-id-connect-provider`
 * (`--url`, `--client-id-list`; `--thumbprint-list` is optional), `iam create-role`
 * (`--assume-role-policy-document`), `iam put-role-policy`, `eks create-addon`,
 * `eks create-pod-identity-association` (`--cluster-name --namespace --service-account --role-arn`):
 * https://awscli.amazonaws.com/v2/documentation/api/latest/reference/iam/create-open-id-connect-provider.html
 * https://awscli.amazonaws.com/v2/documentation/api/latest/reference/eks/create-pod-identity-association.html
 */
import type { GeneratedFile } from './eksctl';
import {
  setupIssuerUrl,
  setupRoleArn,
  type GenerateFlow,
  type SetupNames,
  type SetupPolicies,
} from './names';
import { command, fileHeredoc } from './shell';

/** The inline policy's name on the role. */
export function inlinePolicyName(names: Pick<SetupNames, 'roleName'>): string {
  return `${names.roleName}-permissions`;
}

export function awsCliSetup(
  names: SetupNames,
  flow: GenerateFlow,
  policies: SetupPolicies,
): GeneratedFile {
  const provider =
    flow === 'irsa'
      ? [
          "# 1. The IAM OIDC provider for the cluster's issuer, with STS as its one audience. No",
          '#    --thumbprint-list: it is optional, and for EKS issuers IAM verifies the certificate',
          '#    with its own library of trusted root CAs, so a thumbprint would be ignored.',
          command('aws iam create-open-id-connect-provider', [
            ['--url', setupIssuerUrl(names)],
            ['--client-id-list', 'sts.amazonaws.com'],
          ]),
        ]
      : [
          '# 1. The EKS Pod Identity Agent add-on (once per cluster; EKS Auto Mode has it already).',
          command('aws eks create-addon', [
            ['--cluster-name', names.clusterName],
            ['--addon-name', 'eks-pod-identity-agent'],
            ['--region', names.region],
          ]),
        ];
  const association =
    flow === 'irsa'
      ? []
      : [
          '',
          '# 4. The association: pods of this ServiceAccount get the role (create it before the pods).',
          command('aws eks create-pod-identity-association', [
            ['--cluster-name', names.clusterName],
            ['--namespace', names.namespace],
            ['--service-account', names.serviceAccountName],
            ['--role-arn', setupRoleArn(names)],
            ['--region', names.region],
          ]),
        ];
  const what = flow === 'irsa' ? 'IRSA' : 'EKS Pod Identity';
  return {
    fileName: flow === 'irsa' ? 'irsa-aws-cli.sh' : 'pod-identity-aws-cli.sh',
    text: [
      '#!/usr/bin/env bash',
      `# ${what} for ServiceAccount ${names.namespace}/${names.serviceAccountName} on cluster ${names.clusterName}, with the AWS CLI.`,
      'set -euo pipefail',
      '',
      '# The two policies, exactly as the engine evaluated them.',
      fileHeredoc('trust-policy.json', policies.trust),
      fileHeredoc('permission-policy.json', policies.permission),
      '',
      ...provider,
      '',
      '# 2. The role, with the trust policy.',
      command('aws iam create-role', [
        ['--role-name', names.roleName],
        ['--assume-role-policy-document', 'file://trust-policy.json'],
      ]),
      '',
      '# 3. Its permission policy, inline.',
      command('aws iam put-role-policy', [
        ['--role-name', names.roleName],
        ['--policy-name', inlinePolicyName(names)],
        ['--policy-document', 'file://permission-policy.json'],
      ]),
      ...association,
      '',
    ].join('\n'),
  };
}
