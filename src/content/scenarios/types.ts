/**
 * A catalogue entry: a real way IRSA breaks (or works), as data. String values may hold
 * `{{placeholders}}` that the machine fills from the scenario's names before running:
 * {{accountId}} {{region}} {{namespace}} {{serviceAccount}} {{roleName}} {{podName}}
 * {{issuerUrl}} {{issuerHostPath}} {{providerArn}} {{roleArn}} {{instanceId}} {{clusterOidcId}}.
 */
import type { Scenario, Wiring } from '../../sim';

/** Changes over the default scenario (names and wiring). */
export interface ScenarioChanges {
  names?: Partial<Omit<Scenario, 'wiring'>>;
  wiring?: Partial<Wiring>;
}

export interface CatalogueEntry {
  id: string;
  title: string;
  kind: 'works' | 'breaks' | 'attack';
  changes: ScenarioChanges;
  /** Where the run ends and what AWS says there (step 6 with no code = success). */
  expected: { step: number; awsCode: string | null; message: string | null };
  /** Two or three sentences: what is wrong and why AWS answers this way. */
  cause: string;
  /** What "Apply the fix" changes, on top of this scenario. */
  fix: { summary: string; changes: ScenarioChanges } | null;
  /** Commands that check the same thing on a real cluster. */
  verify: string[];
  /** For attacks that succeed: the hole the lab flags. */
  flag?: string;
  /**
   * Other wordings of the same failure that people paste (another SDK's text for the same cause),
   * with {{placeholders}}: "Find by error message" matches them too.
   */
  alsoSeenAs?: string[];
  /** Set when the failure belongs to older versions only: says which, shown next to the title. */
  historical?: string;
}
