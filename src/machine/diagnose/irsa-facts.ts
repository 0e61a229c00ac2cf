/** Two IRSA facts read out of the pastes before the world is built from them. */
import { ROLE_ARN_ANNOTATION } from '../../sim/kubernetes/types';
import type { PastedObjects } from '../../sim/paste/types';
import { parseEksIssuer } from './world';

/** The key the webhook reads, or a near miss someone typed (`role_arn`, `role-ARN`), or null. */
export function roleAnnotation(
  annotations: Record<string, string>,
): { key: string; value: string } | null {
  if (annotations[ROLE_ARN_ANNOTATION] !== undefined)
    return { key: ROLE_ARN_ANNOTATION, value: annotations[ROLE_ARN_ANNOTATION] };
  const near = Object.entries(annotations).find(
    ([k, v]) => /role[-_]?arn/i.test(k) && v.startsWith('arn:'),
  );
  return near ? { key: near[0], value: near[1] } : null;
}

/** An issuer the role or the provider list names, when no paste says the cluster's own. */
export function issuerGuess(read: PastedObjects): { issuer: string; why: string } | null {
  const trusted = /oidc-provider\/(oidc\.eks\.[a-z0-9-]+\.amazonaws\.com\/id\/[0-9A-F]{32})/.exec(
    read.role?.trustPolicy ?? '',
  );
  if (trusted)
    return { issuer: `https://${trusted[1]}`, why: "the one the role's trust policy names" };
  const listed = read.oidcProviders?.providers ?? [];
  if (listed.length === 1 && parseEksIssuer(`https://${listed[0]!.hostPath}`))
    return {
      issuer: `https://${listed[0]!.hostPath}`,
      why: 'the only provider in the pasted list',
    };
  return null;
}
