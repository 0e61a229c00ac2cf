/**
 * What both flows say about the pastes they share (cluster, role, permission policy, token), and
 * the assumptions both make when those are missing. Each flow adds its own (`*-world.ts`).
 */
import type { PastedObjects, PasteField } from '../../sim/paste/types';
import type { Assumption, ReadAs } from './types';
import { EXAMPLE_ACCOUNT } from './world';

const minutes = (seconds: number) => Math.round(seconds / 60);

/** How the shared pastes were read; `nowSeconds` dates the token. */
export function sharedReadAs(read: PastedObjects, nowSeconds: number): ReadAs[] {
  const { cluster, role, permissionPolicy: policy, token } = read;
  const lines: ReadAs[] = [];
  if (cluster)
    lines.push({
      field: 'cluster',
      summary: `Cluster ${cluster.name} in ${cluster.arn.region}, account ${cluster.arn.accountId}, Kubernetes ${cluster.version ?? '(version not pasted)'}, issuer ${cluster.issuer ?? '(none)'}.`,
    });
  if (role)
    lines.push({
      field: 'role',
      summary: `${role.source === 'get-role' ? `Role ${role.arn?.arn ?? role.name}` : 'A bare trust policy'}${role.wasUrlEncoded ? ' (URL-encoded, decoded here)' : ''}${role.maxSessionDuration ? `, MaxSessionDuration ${role.maxSessionDuration} s` : ''}.`,
    });
  if (policy)
    lines.push({
      field: 'permissionPolicy',
      summary: `${policy.policyName ? `Policy ${policy.policyName}` : 'A bare policy document'}${policy.wasUrlEncoded ? ' (URL-encoded, decoded here)' : ''}; its statements are evaluated for the pod's s3:ListAllMyBuckets.`,
    });
  if (token) {
    const expiry =
      token.exp === null
        ? ''
        : token.exp < nowSeconds
          ? `, expired ${minutes(nowSeconds - token.exp)} min ago`
          : `, expiring in ${minutes(token.exp - nowSeconds)} min`;
    lines.push({
      field: 'token',
      summary: `A token for ${token.sub ?? '(no sub)'}, aud ${token.aud.join(', ') || '(none)'}, issued by ${token.iss ?? '(no iss)'}${expiry}. Its signature is not checked: the page has no copy of your cluster's key.`,
    });
  }
  return lines;
}

/** The assumptions both flows make for the shared facts no paste gave. */
export function sharedAssumptions(opts: {
  read: PastedObjects;
  accountAssumed: boolean;
  roleName: string;
  trustPolicy: string;
}): Assumption[] {
  const out: Assumption[] = [];
  const assume = (field: PasteField, fact: string, assumed: string, command: string) =>
    out.push({ field, fact, assumed, command });
  if (opts.accountAssumed)
    assume(
      'cluster',
      'The AWS account',
      `${EXAMPLE_ACCOUNT} (AWS's example account)`,
      'aws sts get-caller-identity --query Account --output text',
    );
  if (!opts.read.role)
    assume(
      'role',
      "The role's trust policy",
      opts.trustPolicy,
      `aws iam get-role --role-name ${opts.roleName}`,
    );
  if (!opts.read.permissionPolicy)
    assume(
      'permissionPolicy',
      "The role's permissions",
      `they allow s3:ListAllMyBuckets, the call the last step makes (\`aws iam list-role-policies --role-name ${opts.roleName}\` names the inline policies, \`aws iam list-attached-role-policies\` the managed ones)`,
      `aws iam get-role-policy --role-name ${opts.roleName} --policy-name POLICY_NAME`,
    );
  return out;
}
