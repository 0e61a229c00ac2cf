/**
 * The setup as Terraform (AWS and Kubernetes providers). Resource and argument names from the
 * Terraform AWS provider's registry docs (`aws_iam_openid_connect_provider`: url,
 * client_id_list, thumbprint_list optional; `aws_iam_role`: assume_role_policy;
 * `aws_iam_role_policy`: role, policy; `aws_eks_pod_identity_association`: cluster_name,
 * namespace, service_account, role_arn) and the Kubernetes provider's `kubernetes_service_account`:
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_openid_connect_provider
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_pod_identity_association
 * https://registry.terraform.io/providers/hashicorp/kubernetes/latest/docs/resources/service_account
 */
import type { GeneratedFile } from './eksctl';
import { inlinePolicyName } from './aws-cli';
import { setupIssuerUrl, type GenerateFlow, type SetupNames, type SetupPolicies } from './names';

/** An HCL string literal (names are validated; quotes and `${` are escaped all the same). */
function hcl(value: string): string {
  return JSON.stringify(value).replace(/\$\{/g, '$$${').replace(/%\{/g, '%%{');
}

/** A policy as a heredoc: the exact JSON the engine evaluated, byte for byte. */
function heredoc(json: string): string {
  return `<<-EOT\n${json
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')}\n  EOT`;
}

export function terraformSetup(
  names: SetupNames,
  flow: GenerateFlow,
  policies: SetupPolicies,
): GeneratedFile {
  const provider =
    flow === 'irsa'
      ? [
          "# The IAM OIDC provider for the cluster's issuer. No thumbprint_list: it is optional, and",
          '# IAM verifies EKS issuers with its own trusted root CAs.',
          'resource "aws_iam_openid_connect_provider" "cluster" {',
          `  url            = ${hcl(setupIssuerUrl(names))}`,
          '  client_id_list = ["sts.amazonaws.com"]',
          '}',
          '',
        ]
      : [];
  const role = [
    '# The role, with the trust policy the engine evaluated.',
    'resource "aws_iam_role" "app" {',
    `  name               = ${hcl(names.roleName)}`,
    `  assume_role_policy = ${heredoc(policies.trust)}`,
    ...(flow === 'irsa' ? ['', '  depends_on = [aws_iam_openid_connect_provider.cluster]'] : []),
    '}',
    '',
    'resource "aws_iam_role_policy" "app" {',
    `  name   = ${hcl(inlinePolicyName(names))}`,
    '  role   = aws_iam_role.app.id',
    `  policy = ${heredoc(policies.permission)}`,
    '}',
    '',
  ];
  const serviceAccount =
    flow === 'irsa'
      ? [
          '# The ServiceAccount, annotated with the role ARN for the pod identity webhook.',
          'resource "kubernetes_service_account" "app" {',
          '  metadata {',
          `    name      = ${hcl(names.serviceAccountName)}`,
          `    namespace = ${hcl(names.namespace)}`,
          '    annotations = {',
          '      "eks.amazonaws.com/role-arn" = aws_iam_role.app.arn',
          '    }',
          '  }',
          '}',
        ]
      : [
          '# The ServiceAccount: no annotation, the association names the role.',
          'resource "kubernetes_service_account" "app" {',
          '  metadata {',
          `    name      = ${hcl(names.serviceAccountName)}`,
          `    namespace = ${hcl(names.namespace)}`,
          '  }',
          '}',
          '',
          '# The association (needs the eks-pod-identity-agent add-on on the cluster).',
          'resource "aws_eks_pod_identity_association" "app" {',
          `  cluster_name    = ${hcl(names.clusterName)}`,
          `  namespace       = ${hcl(names.namespace)}`,
          `  service_account = ${hcl(names.serviceAccountName)}`,
          '  role_arn        = aws_iam_role.app.arn',
          '}',
        ];
  return {
    fileName: flow === 'irsa' ? 'irsa.tf' : 'pod-identity.tf',
    text: [
      `# ${flow === 'irsa' ? 'IRSA' : 'EKS Pod Identity'} for ServiceAccount ${names.namespace}/${names.serviceAccountName} on cluster ${names.clusterName}.`,
      '# Providers: hashicorp/aws (region ' +
        names.region +
        ') and hashicorp/kubernetes, configured for the cluster.',
      '',
      ...provider,
      ...role,
      ...serviceAccount,
      '',
    ].join('\n'),
  };
}
