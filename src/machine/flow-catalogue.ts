/**
 * Each flow's scenario catalogue behind one interface: the picker's groups, an entry's scenario
 * (with its fix when asked), and the {{placeholders}} of its words filled from a scenario. The
 * views ask for the catalogue of the flow they show and never branch on which flow it is.
 */
import { CATALOGUE_GROUPS, type CatalogueEntry } from '../content/scenarios';
import type { Scenario } from '../sim';
import { applyChanges, fillPlaceholders, placeholderValues, scenarioFor } from './scenarios';
import type { FlowScenario } from './types';

/** What the views show of an entry, the same for every flow. */
export type FlowCatalogueEntry = Pick<
  CatalogueEntry,
  'id' | 'title' | 'kind' | 'cause' | 'verify' | 'flag' | 'historical'
> & {
  expected: { step: number; awsCode: string | null; message: string | null };
  fix: { summary: string } | null;
};

export interface FlowCatalogue {
  groups: { id: string; label: string; entries: FlowCatalogueEntry[] }[];
  /** The entry a flow opens with. */
  defaultId: string;
  entry: (id: string) => FlowCatalogueEntry | undefined;
  /** An entry's scenario (unknown ids: the default's), with its fix applied when asked and it has one. */
  choice: (
    id: string | null,
    fix: boolean,
  ) => { entry: FlowCatalogueEntry; scenario: FlowScenario; fixed: boolean };
  /** `scenario` with the entry's fix applied on top (null if the entry has none). */
  withFix: (scenario: FlowScenario, id: string) => FlowScenario | null;
  /** Fill an entry's {{placeholders}} from the scenario running. */
  fill: (text: string, scenario: FlowScenario) => string;
}

/** One catalogue from its groups and its scenario helpers (the flows differ only in these). */
export function flowCatalogue<
  E extends FlowCatalogueEntry & { changes: C; fix: { summary: string; changes: C } | null },
  C,
  S extends FlowScenario,
>(
  groups: { id: string; label: string; entries: E[] }[],
  defaultId: string,
  scenarioOf: (changes: C) => S,
  apply: (scenario: S, changes: C) => S,
  fill: (text: string, scenario: S) => string,
): FlowCatalogue {
  const entries = groups.flatMap((g) => g.entries);
  const find = (id: string) => entries.find((e) => e.id === id);
  return {
    groups,
    defaultId,
    entry: find,
    choice: (id, fix) => {
      const entry = find(id ?? defaultId) ?? find(defaultId)!;
      const base = scenarioOf(entry.changes);
      const fixed = fix && entry.fix !== null;
      return { entry, scenario: fixed ? apply(base, entry.fix!.changes) : base, fixed };
    },
    withFix: (scenario, id) => {
      const fix = find(id)?.fix;
      return fix ? apply(scenario as S, fix.changes) : null;
    },
    fill: (text, scenario) => fill(text, scenario as S),
  };
}

const IRSA_CATALOGUE = flowCatalogue(
  CATALOGUE_GROUPS,
  'happy-path',
  scenarioFor,
  applyChanges,
  (text, scenario: Scenario) => fillPlaceholders(text, placeholderValues(scenario)),
);

// IRSA's catalogue is in the first load; another flow's registers itself when its code arrives.
const CATALOGUES = new Map<string, FlowCatalogue>([['irsa', IRSA_CATALOGUE]]);

export function registerCatalogue(flowId: string, catalogue: FlowCatalogue): void {
  CATALOGUES.set(flowId, catalogue);
}

/** The catalogue of a flow, by the flow's id (a flow's module registers it before its walk starts). */
export function catalogueOf(flowId: string): FlowCatalogue {
  const catalogue = CATALOGUES.get(flowId);
  if (!catalogue) throw new Error(`no catalogue registered for flow ${flowId}`);
  return catalogue;
}
