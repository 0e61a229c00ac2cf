/**
 * The EKS Pod Identity failure catalogue: one file per scenario, and this index, which sets the
 * order and the picker's groups, following where a run breaks (setup, then the six steps).
 */
import { podIdentityAbacMatches } from './abac-namespace-tag-matches';
import { podIdentityAbacMismatch } from './abac-namespace-tag-mismatch';
import { podIdentityAgentNotRunning } from './agent-not-running';
import { podIdentityAssociationDeleted } from './association-deleted-after-pod-start';
import { podIdentityHappyPath } from './happy-path';
import { podIdentityNoAssociation } from './no-association';
import { podIdentityNodeRoleMissingEksAuth } from './node-role-missing-eks-auth';
import { podIdentityRoleInAnotherAccount } from './role-in-another-account';
import { podIdentityTrustMissingTagSession } from './trust-missing-tag-session';
import { podIdentityTrustWrongPrincipal } from './trust-wrong-principal';
import type { PodIdentityCatalogueEntry } from './types';

export type { PodIdentityCatalogueEntry } from './types';

export interface PodIdentityCatalogueGroup {
  id: string;
  label: string;
  entries: PodIdentityCatalogueEntry[];
}

export const POD_IDENTITY_CATALOGUE_GROUPS: PodIdentityCatalogueGroup[] = [
  { id: 'works', label: 'Works', entries: [podIdentityHappyPath, podIdentityAbacMatches] },
  {
    id: 'association',
    label: 'Setup: the pod identity association',
    entries: [
      podIdentityRoleInAnotherAccount,
      podIdentityTrustWrongPrincipal,
      podIdentityNoAssociation,
      podIdentityAssociationDeleted,
    ],
  },
  {
    id: 'agent',
    label: 'Steps 1–2: the agent',
    entries: [podIdentityAgentNotRunning, podIdentityNodeRoleMissingEksAuth],
  },
  {
    id: 'trust-policy',
    label: 'Step 4: the trust policy',
    entries: [podIdentityTrustMissingTagSession],
  },
  {
    id: 'calling-aws',
    label: 'Step 6: calling AWS with the credentials',
    entries: [podIdentityAbacMismatch],
  },
];

export const POD_IDENTITY_CATALOGUE: PodIdentityCatalogueEntry[] =
  POD_IDENTITY_CATALOGUE_GROUPS.flatMap((g) => g.entries);

export function podIdentityCatalogueEntry(id: string): PodIdentityCatalogueEntry | undefined {
  return POD_IDENTITY_CATALOGUE.find((e) => e.id === id);
}
