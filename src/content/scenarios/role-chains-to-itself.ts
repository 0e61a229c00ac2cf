import type { CatalogueEntry } from './types';

// prometheus-community/helm-charts#3596, prometheus-community/yet-another-cloudwatch-exporter#629.
export const roleChainsToItself: CatalogueEntry = {
  id: 'role-chains-to-itself',
  title: 'Tool assumes the role it already has',
  kind: 'breaks',
  changes: { wiring: { toolAssumesRoleAgain: true } },
  expected: {
    step: 6,
    awsCode: 'AccessDenied',
    message:
      'User: arn:aws:sts::{{accountId}}:assumed-role/{{roleName}}/botocore-session-1795867200 is not authorized to perform: sts:AssumeRole on resource: {{roleArn}}',
  },
  cause:
    "The tool is configured with the role's ARN as a role to assume. IRSA already gave it that role, so it calls sts:AssumeRole from the role into itself; the trust policy trusts only the OIDC provider, not the role's own sessions, so STS refuses.",
  fix: {
    summary: "Remove the tool's role-ARN setting: IRSA already provides the role",
    changes: { wiring: { toolAssumesRoleAgain: false } },
  },
  verify: [
    'kubectl get deployment <deployment> -n {{namespace}} -o yaml | grep -i role',
    'kubectl exec -n {{namespace}} {{podName}} -- aws sts get-caller-identity',
  ],
};
