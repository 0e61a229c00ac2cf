/** The machine layer's public surface for views. */
export {
  irsaMachine,
  LAST_STEP,
  type IrsaContext,
  type IrsaEvent,
  type IrsaInput,
  type StepRecord,
} from './irsa-machine';
export { DETERMINISTIC_SETTINGS, freshSettings, type RunSettings } from './environment';
export * from './selectors';
export { STEPS, ACTORS, type ActorId, type StepContent } from '../content/steps';
export * from './view-models';
export * from './diagram-view';
export { PLAYBACK_SPEEDS, STEP_INTERVAL_MS, type PlaybackSpeed } from './irsa-machine';
export { CLAIM_EXPLANATIONS, HEADER_EXPLANATIONS } from '../content/claims';
export { EVIDENCE_NOTE } from '../content/evidence';
export {
  CATALOGUE,
  CATALOGUE_GROUPS,
  catalogueEntry,
  type CatalogueEntry,
} from '../content/scenarios';
export {
  applyChanges,
  catalogueScenario,
  fillPlaceholders,
  placeholderValues,
  scenarioFor,
} from './scenarios';
export type { Scenario } from '../sim';
