/**
 * The scenario catalogue: one file per scenario, and this index, which sets the order and the
 * groups the picker shows (the way Learn Git Branching keeps its levels). Groups follow where a
 * run breaks: in the pod before anything reaches AWS, then the six steps in order.
 */
import { annotationKeyTypo } from './annotation-key-typo';
import { attackAlgNone } from './attack-alg-none';
import { attackHs256PublicKey } from './attack-hs256-public-key';
import { attackNoSubCondition } from './attack-no-sub-condition';
import { durationAboveMax } from './duration-above-max';
import { expiredToken } from './expired-token';
import { explicitDeny } from './explicit-deny';
import { happyPath } from './happy-path';
import { malformedRoleArn } from './malformed-role-arn';
import { missingListPermission } from './missing-list-permission';
import { noOidcProvider } from './no-oidc-provider';
import { payloadTampered } from './payload-tampered';
import { podCreatedBeforeAnnotation } from './pod-created-before-annotation';
import { providerClientIdTypo } from './provider-client-id-typo';
import { rotatedSigningKey } from './rotated-signing-key';
import { s3MissingSessionToken } from './s3-missing-session-token';
import { subOtherNamespace } from './sub-other-namespace';
import { subOtherServiceAccount } from './sub-other-service-account';
import { tokenAudienceAnnotationTypo } from './token-audience-annotation-typo';
import { tokenWithinClockSkew } from './token-within-clock-skew';
import { trustKeyIsProviderArn } from './trust-key-is-provider-arn';
import { trustAudInsteadOfSub } from './trust-aud-instead-of-sub';
import { trustTwoClustersOneStatement } from './trust-two-clusters-one-statement';
import { clusterRecreatedOldOidcId } from './cluster-recreated-old-oidc-id';
import { crossAccountNoProvider } from './cross-account-no-provider';
import { jwksUnreachable } from './jwks-unreachable';
import { webhookMissedPod } from './webhook-missed-pod';
import { sdkIgnoresWebIdentity } from './sdk-ignores-web-identity';
import { staticKeysInEnvironment } from './static-keys-in-environment';
import { globalStsPrivateCluster } from './global-sts-private-cluster';
import { sessionCredentialsNotRefreshed } from './session-credentials-not-refreshed';
import { roleChainsToItself } from './role-chains-to-itself';
import { tokenFileUnreadable } from './token-file-unreadable';
import { stsThrottling } from './sts-throttling';
import type { CatalogueEntry } from './types';
import { wildcardInStringEquals } from './wildcard-in-string-equals';

export type { CatalogueEntry, ScenarioChanges } from './types';

export interface CatalogueGroup {
  id: string;
  /** Where runs in this group break, as the picker labels it. */
  label: string;
  entries: CatalogueEntry[];
}

export const CATALOGUE_GROUPS: CatalogueGroup[] = [
  { id: 'works', label: 'Works', entries: [happyPath, tokenWithinClockSkew] },
  {
    id: 'pod',
    label: 'In the pod, before AWS: webhook, SDK, network',
    entries: [
      annotationKeyTypo,
      podCreatedBeforeAnnotation,
      webhookMissedPod,
      sdkIgnoresWebIdentity,
      staticKeysInEnvironment,
      tokenFileUnreadable,
      globalStsPrivateCluster,
    ],
  },
  {
    id: 'sts-request',
    label: 'Step 1: the call to STS',
    entries: [malformedRoleArn, stsThrottling],
  },
  {
    id: 'provider',
    label: 'Step 2: the OIDC provider',
    entries: [noOidcProvider, crossAccountNoProvider, clusterRecreatedOldOidcId],
  },
  {
    id: 'token',
    label: 'Step 3: verifying the token',
    entries: [
      providerClientIdTypo,
      tokenAudienceAnnotationTypo,
      expiredToken,
      payloadTampered,
      rotatedSigningKey,
      jwksUnreachable,
    ],
  },
  {
    id: 'trust-policy',
    label: 'Step 4: the trust policy',
    entries: [
      subOtherNamespace,
      subOtherServiceAccount,
      wildcardInStringEquals,
      trustKeyIsProviderArn,
      trustAudInsteadOfSub,
      trustTwoClustersOneStatement,
    ],
  },
  { id: 'session', label: 'Step 5: the session', entries: [durationAboveMax] },
  {
    id: 'calling-aws',
    label: 'Step 6: calling AWS with the credentials',
    entries: [
      missingListPermission,
      explicitDeny,
      s3MissingSessionToken,
      sessionCredentialsNotRefreshed,
      roleChainsToItself,
    ],
  },
  {
    id: 'attack',
    label: 'Attacks',
    entries: [attackNoSubCondition, attackAlgNone, attackHs256PublicKey],
  },
];

export const CATALOGUE: CatalogueEntry[] = CATALOGUE_GROUPS.flatMap((g) => g.entries);

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return CATALOGUE.find((e) => e.id === id);
}
