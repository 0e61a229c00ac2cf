import { lazy, Suspense, useCallback, useState } from 'react';
import { Button } from '../components/button';
import { IrsaActor } from '../features/irsa-actor';
import { formatGenerate, type FlowId } from '../lib/url-state';
import { catalogueOf } from '../machine';
import { ActorDiagram } from '../features/diagram/actor-diagram';
import { FindDisclosure } from '../features/find/find-disclosure';
import { Inspector } from '../features/inspector/inspector';
import { ScenarioPicker } from '../features/lab/scenario-picker';
import { Narration } from '../features/walkthrough/narration';
import { SequenceTable } from '../features/walkthrough/sequence-table';
import { StatusLine } from '../features/walkthrough/status-line';
import { StepControls } from '../features/walkthrough/step-controls';
import { StepExplanation } from '../features/walkthrough/step-explanation';
import { StepTimeline } from '../features/walkthrough/step-timeline';
import { FlowSwitch } from './flow-switch';
import { HeaderBar } from './header-bar';
import { useFragmentSync } from './use-fragment-sync';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useScenarioChoice } from './use-scenario-choice';

// The editor brings the policy parser: load it when the user opens it. The scenario card (shown
// once a catalogue scenario is picked) and the shortcuts list (once asked for) wait likewise.
const ScenarioEditor = lazy(() => import('../features/lab/scenario-editor'));
const ScenarioCard = lazy(() =>
  import('../features/lab/scenario-card').then((m) => ({ default: m.ScenarioCard })),
);
const ShortcutsDialog = lazy(() =>
  import('../features/walkthrough/shortcuts-dialog').then((m) => ({ default: m.ShortcutsDialog })),
);

/**
 * The Explore page. At 1280×720 and up: walkthrough (status, controls, timeline, diagram) on the
 * left, inspector on the right, both within the viewport. On a phone everything stacks.
 */
export function ExplorePage({
  seed,
  initialScenario,
}: {
  seed: string | null;
  initialScenario: string;
}) {
  const { scenarioId, fixed, inUrl, pick, applyFix, edit } = useScenarioChoice(initialScenario);
  const defaultId = IrsaActor.useSelector((s) => catalogueOf(s.context.flow.id).defaultId);
  const flow = IrsaActor.useSelector((s) => s.context.flow.id as FlowId);
  const irsa = flow === 'irsa';
  const [editing, setEditing] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  // Mounted from the first time it is asked for, so it keeps its place afterwards.
  const [helpAsked, setHelpAsked] = useState(false);
  const openHelp = useCallback(() => {
    setHelpAsked(true);
    setHelpOpen(true);
  }, []);
  useFragmentSync(seed, inUrl, pick);
  useKeyboardShortcuts(openHelp);

  return (
    <div className="flex min-h-dvh flex-col lg:h-dvh">
      {/* Positions the "Find by error message" panel, which opens over the page below the header. */}
      <div className="relative">
        <HeaderBar seed={seed} onHelp={openHelp}>
          <FlowSwitch seed={seed} />
          <ScenarioPicker value={scenarioId} onChange={pick} />
          <FindDisclosure />
        </HeaderBar>
      </div>
      <main className="grid flex-1 gap-4 p-3 sm:p-4 lg:min-h-0 lg:grid-cols-[minmax(0,3fr)_minmax(22rem,2fr)]">
        <section
          aria-label="Walkthrough"
          className="flex min-w-0 flex-col gap-3 lg:min-h-0 lg:overflow-y-auto"
        >
          <StatusLine />
          <StepControls />
          <StepTimeline />
          <StepExplanation />
          {/* A fixed box: the diagram never moves or resizes between steps. */}
          <div className="lg:h-[calc(100dvh-15.5rem)] lg:min-h-80 lg:shrink-0">
            <ActorDiagram />
          </div>
          <div className="flex flex-wrap gap-2">
            <SequenceTable />
            {irsa && (
              <Button aria-expanded={editing} onClick={() => setEditing(!editing)}>
                Edit scenario
              </Button>
            )}
            {/* The setup that makes this scenario's names work (its fix applied), for this flow. */}
            <a
              href={formatGenerate(flow, scenarioId, seed)}
              className="rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
            >
              Generate setup
            </a>
          </div>
          {editing && irsa && (
            <Suspense fallback={<p>Loading the editor…</p>}>
              <ScenarioEditor onEdit={edit} />
            </Suspense>
          )}
        </section>
        <section aria-label="Inspector" className="flex min-w-0 flex-col gap-3 lg:min-h-0">
          {scenarioId !== defaultId && (
            <Suspense fallback={null}>
              <ScenarioCard
                id={scenarioId}
                fixed={fixed}
                onApplyFix={applyFix}
                onBreakAgain={() => pick(scenarioId)}
              />
            </Suspense>
          )}
          <Inspector />
        </section>
      </main>
      <Narration />
      {helpAsked && (
        <Suspense fallback={null}>
          <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
