/**
 * Security findings for an IRSA trust policy (EKS User Guide, IRSA trust policies): holes that let more than the
 * intended service account assume the role, and conditions that can never match.
 */
import { oidcConditionKey } from './oidc-condition-keys';
import type { PolicyDocument, PolicyStatement } from './policy';

export interface Finding {
  severity: 'risk' | 'broken';
  message: string;
}

const lower = (s: string) => s.toLowerCase();

/**
 * Whether a statement's principal can be this issuer's provider: `*`, or a Federated entry for
 * it. A statement for another cluster's provider (one statement per cluster) is not its hole.
 */
function namesIssuer(principal: PolicyStatement['principal'], issuerHostPath: string): boolean {
  if (principal === undefined || principal === '*') return true;
  const federated = Object.entries(principal).find(([type]) => type === 'Federated')?.[1] ?? [];
  return federated.some(
    (arn) => arn === '*' || lower(arn).endsWith(`:oidc-provider/${lower(issuerHostPath)}`),
  );
}

/**
 * Look at the Allow statements that name this issuer's provider. `clientIds` is the provider's
 * client ID list, or null when unknown: STS itself rejects a token whose `aud` is not in that
 * list ("Incorrect token audience"), so a missing `:aud` condition only widens the role when the
 * list holds more than `sts.amazonaws.com`; a missing `:sub` condition is the real hole.
 */
export function lintTrustPolicy(
  policy: PolicyDocument,
  issuerHostPath: string,
  clientIds: string[] | null,
): Finding[] {
  const otherClients = (clientIds ?? []).filter((id) => id !== 'sts.amazonaws.com');
  const findings: Finding[] = [];
  const subKey = oidcConditionKey(issuerHostPath, 'sub');
  const audKey = oidcConditionKey(issuerHostPath, 'aud');
  for (const [i, s] of policy.statements.entries()) {
    if (s.effect !== 'Allow' || !namesIssuer(s.principal, issuerHostPath)) continue;
    const name = s.sid ? `Statement "${s.sid}"` : `Statement ${i + 1}`;
    const conditions = s.condition ?? [];
    const onSub = conditions.filter((c) => lower(c.key) === lower(subKey));
    if (onSub.length === 0) {
      findings.push({
        severity: 'risk',
        message: `${name} has no condition on ${subKey}: any service account in the cluster can assume this role with a token for sts.amazonaws.com.`,
      });
    }
    for (const c of onSub) {
      const op = c.operator.replace(/IfExists$/, '');
      const wild = c.values.filter((v) => /[*?]/.test(v));
      if (/^StringEquals/.test(op) && wild.length > 0) {
        findings.push({
          severity: 'broken',
          message: `${name}: ${c.operator} treats "*" and "?" literally, so ${wild.map((v) => `"${v}"`).join(', ')} never matches a real sub. Use StringLike for wildcards.`,
        });
      } else if (op === 'StringLike' && wild.length > 0) {
        findings.push({
          severity: 'risk',
          message: `${name}: StringLike with ${wild.map((v) => `"${v}"`).join(', ')} lets every matching service account assume the role, including ones created later.`,
        });
      } else if (/Not/.test(op)) {
        findings.push({
          severity: 'risk',
          message: `${name}: ${c.operator} on sub allows every service account except those listed.`,
        });
      }
    }
    if (otherClients.length > 0 && !conditions.some((c) => lower(c.key) === lower(audKey))) {
      findings.push({
        severity: 'risk',
        message: `${name} has no condition on ${audKey}, and the provider also lists ${otherClients.map((id) => `"${id}"`).join(', ')}: tokens issued for ${otherClients.length > 1 ? 'those clients' : 'that client'} are accepted too. Pin it to sts.amazonaws.com.`,
      });
    }
  }
  return findings;
}
