/** The machine layer's public surface for views. */
export { createWalkMachine, irsaMachine } from './irsa-machine';
export { catalogueOf, type FlowCatalogue, type FlowCatalogueEntry } from './flow-catalogue';
export {
  clampStep,
  PLAYBACK_SPEEDS,
  STEP_INTERVAL_MS,
  type IrsaContext,
  type IrsaEvent,
  type IrsaInput,
  type PlaybackSpeed,
  type FlowScenario,
  type StepRecord,
  type WalkTag,
} from './types';
export {
  DETERMINISTIC_SETTINGS,
  freshSettings,
  seededSettings,
  settingsFor,
  type RunSettings,
} from './environment';
export {
  selectCanGoBack,
  selectCanGoForward,
  selectChecks,
  selectError,
  selectFlow,
  selectOutcome,
  selectPosition,
  selectStatusText,
  selectStep,
  selectStepContent,
  selectStepRecord,
  selectTrustPolicyHole,
  type Artifact,
  type IrsaSnapshot,
  type Outcome,
} from './selectors';
export {
  ACTORS,
  type ActorId,
  type Flow,
  type FlowStep,
  type StepDrawing,
  type StepWords,
} from '../content/steps';
export { IRSA_FLOW } from '../content/flows/irsa';
export {
  selectBusy,
  selectFailed,
  selectFindings,
  selectPlaying,
  selectPolicyView,
  selectRealMechanics,
  selectRolePolicies,
  selectScenario,
  selectSpeed,
  selectTokenView,
  type PolicyRow,
  type PolicyView,
  type TokenField,
  type TokenView,
} from './view-models';
export {
  selectActorWork,
  selectLanes,
  selectMessages,
  selectSequence,
  selectTimeline,
  selectUsesImds,
  type ActorWork,
  type DiagramMessage,
  type MessageStatus,
  type SequenceRow,
  type TimelineEntry,
  type WorkItem,
  type WorkState,
} from './diagram-view';
export { CLAIM_EXPLANATIONS, HEADER_EXPLANATIONS } from '../content/claims';
export { EVIDENCE_NOTE } from '../content/evidence';
export { applyChanges, fillPlaceholders, placeholderValues, scenarioFor } from './scenarios';
export type { Scenario } from '../sim';
// The Time tab's selector (time-view.ts) is imported by its panel directly, so it loads with the
// tab and not with the page.
// The deck's navigation (deck.ts) and its slides are imported by the presenter's views directly,
// so they load with the deck and not with the page.
