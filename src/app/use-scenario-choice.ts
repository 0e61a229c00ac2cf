import { useCallback, useState } from 'react';
import { IrsaActor } from '../features/irsa-actor';
import { catalogueOf, type FlowScenario } from '../machine';

/** What the URL names: a catalogue entry and whether its fix is applied. */
export interface ScenarioInUrl {
  scenario: string;
  fix: boolean;
}

export interface PickOptions {
  /** Apply the entry's fix (a link or Back/Forward to a fixed scenario). */
  fix?: boolean;
  /** The step to run to; a new choice opens at Setup. */
  target?: number;
}

export interface ScenarioChoice {
  /** A catalogue id, or `custom` once the user has edited the world by hand (or while an edit is invalid). */
  scenarioId: string;
  /** "Apply the fix" was pressed on the catalogue scenario (or the link said `fix=1`). */
  fixed: boolean;
  /** What to keep in the URL, or null (default scenario, custom edits, an invalid edit). */
  inUrl: ScenarioInUrl | null;
  pick: (id: string | null, options?: PickOptions) => void;
  applyFix: () => void;
  edit: (scenario: FlowScenario) => void;
}

/**
 * Which scenario the walk shows: a catalogue pick, its fix, or the user's own edit. While an edit
 * is invalid the machine waits (tag `waiting`) and no catalogue scenario is claimed: the choice
 * reads `custom` until a valid scenario runs again. An invalid edit undone unchanged gets the
 * catalogue choice back, since the scenario in force is that entry's again.
 */
export function useScenarioChoice(initialScenario: string): ScenarioChoice {
  const actor = IrsaActor.useActorRef();
  const flowId = IrsaActor.useSelector((s) => s.context.flow.id);
  const catalogue = catalogueOf(flowId);
  const waiting = IrsaActor.useSelector((s) => s.hasTag('waiting'));
  const [scenarioId, setScenarioId] = useState(initialScenario);
  // The page may open on a fixed scenario (`fix=1`): the machine started with it, so ask it.
  const [fixed, setFixed] = useState(() => {
    const withFix = catalogueOf(actor.getSnapshot().context.flow.id).choice(initialScenario, true);
    const running = actor.getSnapshot().context.scenario;
    return withFix.fixed && JSON.stringify(running) === JSON.stringify(withFix.scenario);
  });

  const pick = useCallback(
    (id: string | null, options: PickOptions = {}) => {
      const { entry, scenario, fixed: nowFixed } = catalogue.choice(id, options.fix ?? false);
      // "Break it again" chooses the entry already shown: it stays at the step, to show the break.
      const again = entry.id === scenarioId && fixed && !nowFixed && !waiting;
      setScenarioId(entry.id);
      setFixed(nowFixed);
      const target = options.target ?? (again ? undefined : 0);
      actor.send({ type: 'scenario.load', scenario, target });
    },
    [actor, catalogue, scenarioId, fixed, waiting],
  );
  const applyFix = () => {
    const snapshot = actor.getSnapshot();
    const scenario = catalogue.withFix(snapshot.context.scenario, scenarioId);
    if (!scenario || waiting) return;
    setFixed(true);
    // The fixed run goes all the way: to the flow's last step.
    actor.send({ type: 'scenario.load', scenario, target: snapshot.context.flow.steps.length });
  };
  const edit = useCallback(
    (scenario: FlowScenario) => {
      setScenarioId('custom');
      setFixed(false);
      actor.send({ type: 'scenario.load', scenario });
    },
    [actor],
  );

  const shownId = waiting ? 'custom' : scenarioId;
  const shownFixed = fixed && !waiting;
  const inUrl =
    shownId === 'custom' || (shownId === catalogue.defaultId && !shownFixed)
      ? null
      : { scenario: shownId, fix: shownFixed };
  return { scenarioId: shownId, fixed: shownFixed, inUrl, pick, applyFix, edit };
}
