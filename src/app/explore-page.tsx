import { lazy, Suspense, useCallback, useState } from 'react';
import { Button } from '../components/button';
import { ActorDiagram } from '../features/diagram/actor-diagram';
import { Inspector } from '../features/inspector/inspector';
import { IrsaActor } from '../features/irsa-actor';
import { ScenarioCard } from '../features/lab/scenario-card';
import { ScenarioPicker } from '../features/lab/scenario-picker';
import { Narration } from '../features/walkthrough/narration';
import { SequenceTable } from '../features/walkthrough/sequence-table';
import { ShortcutsDialog } from '../features/walkthrough/shortcuts-dialog';
import { StatusLine } from '../features/walkthrough/status-line';
import { StepControls } from '../features/walkthrough/step-controls';
import { StepTimeline } from '../features/walkthrough/step-timeline';
import { applyChanges, catalogueEntry, catalogueScenario, type Scenario } from '../machine';
import { HeaderBar } from './header-bar';
import { useFragmentSync } from './use-fragment-sync';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';

// The editor brings the policy parser: load it when the user opens it.
const ScenarioEditor = lazy(() => import('../features/lab/scenario-editor'));

/**
 * The Explore page. At 1280×720 and up: walkthrough (status, controls, timeline, diagram) on the
 * left, inspector on the right, both within the viewport. On a phone everything stacks.
 */
export function ExplorePage({ demo, initialScenario }: { demo: boolean; initialScenario: string }) {
  const actor = IrsaActor.useActorRef();
  const [scenarioId, setScenarioId] = useState(initialScenario);
  const [fixed, setFixed] = useState(false);
  const [editing, setEditing] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);

  const pick = useCallback(
    (id: string | null) => {
      const { entry, scenario } = catalogueScenario(id);
      setScenarioId(entry.id);
      setFixed(false);
      actor.send({ type: 'scenario.load', scenario });
    },
    [actor],
  );
  const applyFix = () => {
    const fix = catalogueEntry(scenarioId)?.fix;
    if (!fix) return;
    setFixed(true);
    actor.send({
      type: 'scenario.load',
      scenario: applyChanges(actor.getSnapshot().context.scenario, fix.changes),
      target: 6,
    });
  };
  const edit = (scenario: Scenario) => {
    setScenarioId('custom');
    setFixed(false);
    actor.send({ type: 'scenario.load', scenario });
  };

  const inUrl = scenarioId === 'custom' || scenarioId === 'happy-path' || fixed ? null : scenarioId;
  useFragmentSync(demo, inUrl, pick);
  useKeyboardShortcuts(openHelp);

  return (
    <div className="flex min-h-dvh flex-col lg:h-dvh">
      <HeaderBar demo={demo} onHelp={openHelp}>
        <ScenarioPicker value={scenarioId} onChange={pick} />
      </HeaderBar>
      <main className="grid flex-1 gap-4 p-4 lg:min-h-0 lg:grid-cols-[minmax(0,3fr)_minmax(22rem,2fr)]">
        <section
          aria-label="Walkthrough"
          className="flex min-w-0 flex-col gap-3 lg:min-h-0 lg:overflow-y-auto"
        >
          <StatusLine />
          <StepControls />
          <StepTimeline />
          <ActorDiagram />
          {scenarioId !== 'happy-path' && (
            <ScenarioCard
              id={scenarioId}
              fixed={fixed}
              onApplyFix={applyFix}
              onBreakAgain={() => pick(scenarioId)}
            />
          )}
          <div className="flex flex-wrap gap-2">
            <SequenceTable />
            <Button aria-expanded={editing} onClick={() => setEditing(!editing)}>
              Edit scenario
            </Button>
          </div>
          {editing && (
            <Suspense fallback={<p>Loading the editor…</p>}>
              <ScenarioEditor onEdit={edit} />
            </Suspense>
          )}
        </section>
        <section aria-label="Inspector" className="flex min-w-0 flex-col lg:min-h-0">
          <Inspector />
        </section>
      </main>
      <Narration />
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
