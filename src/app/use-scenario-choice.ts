import { useCallback, useState } from 'react';
import { IrsaActor } from '../features/irsa-actor';
import {
  applyChanges,
  catalogueEntry,
  catalogueScenario,
  type CatalogueEntry,
  type Scenario,
} from '../machine';

/** A catalogue entry's scenario, with its fix applied when asked and the entry has one. */
export function catalogueChoice(
  id: string | null,
  fix = false,
): { entry: CatalogueEntry; scenario: Scenario; fixed: boolean } {
  const { entry, scenario } = catalogueScenario(id);
  const fixed = fix && Boolean(entry.fix);
  return {
    entry,
    scenario: fixed ? applyChanges(scenario, entry.fix!.changes) : scenario,
    fixed,
  };
}

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
  edit: (scenario: Scenario) => void;
}

/**
 * Which scenario the walk shows: a catalogue pick, its fix, or the user's own edit. While an edit
 * is invalid the machine waits (tag `waiting`) and no catalogue scenario is claimed: the choice
 * reads `custom` until a valid scenario runs again. An invalid edit undone unchanged gets the
 * catalogue choice back, since the scenario in force is that entry's again.
 */
export function useScenarioChoice(initialScenario: string): ScenarioChoice {
  const actor = IrsaActor.useActorRef();
  const waiting = IrsaActor.useSelector((s) => s.hasTag('waiting'));
  const [scenarioId, setScenarioId] = useState(initialScenario);
  // The page may open on a fixed scenario (`fix=1`): the machine started with it, so ask it.
  const [fixed, setFixed] = useState(() => {
    const withFix = catalogueChoice(initialScenario, true);
    const running = actor.getSnapshot().context.scenario;
    return withFix.fixed && JSON.stringify(running) === JSON.stringify(withFix.scenario);
  });

  const pick = useCallback(
    (id: string | null, options: PickOptions = {}) => {
      const { entry, scenario, fixed: nowFixed } = catalogueChoice(id, options.fix);
      // "Break it again" chooses the entry already shown: it stays at the step, to show the break.
      const again = entry.id === scenarioId && fixed && !nowFixed && !waiting;
      setScenarioId(entry.id);
      setFixed(nowFixed);
      const target = options.target ?? (again ? undefined : 0);
      actor.send({ type: 'scenario.load', scenario, target });
    },
    [actor, scenarioId, fixed, waiting],
  );
  const applyFix = () => {
    const fix = catalogueEntry(scenarioId)?.fix;
    if (!fix || waiting) return;
    setFixed(true);
    actor.send({
      type: 'scenario.load',
      scenario: applyChanges(actor.getSnapshot().context.scenario, fix.changes),
      target: 6,
    });
  };
  const edit = useCallback(
    (scenario: Scenario) => {
      setScenarioId('custom');
      setFixed(false);
      actor.send({ type: 'scenario.load', scenario });
    },
    [actor],
  );

  const shownId = waiting ? 'custom' : scenarioId;
  const shownFixed = fixed && !waiting;
  const inUrl =
    shownId === 'custom' || (shownId === 'happy-path' && !shownFixed)
      ? null
      : { scenario: shownId, fix: shownFixed };
  return { scenarioId: shownId, fixed: shownFixed, inUrl, pick, applyFix, edit };
}
