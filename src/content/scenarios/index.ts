/** The scenario catalogue, in the order the picker lists it. */
import { ATTACKS } from './attacks';
import { ROLE_AND_POD } from './role-and-pod';
import { TOKEN_AND_PROVIDER } from './token-and-provider';
import type { CatalogueEntry } from './types';

export type { CatalogueEntry, ScenarioChanges } from './types';

export const CATALOGUE: CatalogueEntry[] = [...TOKEN_AND_PROVIDER, ...ROLE_AND_POD, ...ATTACKS];

export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return CATALOGUE.find((e) => e.id === id);
}
