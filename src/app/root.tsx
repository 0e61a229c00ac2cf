import { LazyMotion } from 'motion/react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { ActorDiagram } from '../features/diagram/actor-diagram';
import { IrsaActor } from '../features/irsa-actor';
import { StatusLine } from '../features/walkthrough/status-line';
import { StepTimeline } from '../features/walkthrough/step-timeline';
import { parseFragment } from '../lib/url-state';
import { catalogueOf, irsaMachine, settingsFor } from '../machine';
import { ExplorePage } from './explore-page';
import { HeaderBar } from './header-bar';
import { PreferencesProvider } from './preferences';

const loadMotionFeatures = () => import('./motion-features').then((m) => m.default);
const CheckTokenPage = lazy(() => import('../features/checker/check-token-page'));
const FindPage = lazy(() => import('../features/find/find-page'));
const ComparePage = lazy(() => import('../features/compare/compare-page'));
const PresentPage = lazy(() => import('../features/present/present-page'));
const HandoutPage = lazy(() => import('../features/handout/handout-page'));
const TrainPage = lazy(() => import('../features/train/train-page'));
const GeneratePage = lazy(() => import('../features/generate/generate-page'));
const DiagnosePage = lazy(() => import('../features/diagnose/diagnose-page'));
// The comparison shows each walk with the explore page's own views; the app hands them over
// because one feature may not import another's folder.
const COMPARE_VIEWS = { Status: StatusLine, Timeline: StepTimeline, Diagram: ActorDiagram };
const DECK_VIEWS = { Diagram: ActorDiagram };

/** Composition root: the route from the fragment, preferences, and the machine for Explore. */
export function Root() {
  const [place, setPlace] = useState(() => parseFragment(window.location.hash));
  const { route, flow, seed } = place;
  useEffect(() => {
    const onHashChange = () => setPlace(parseFragment(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <PreferencesProvider>
        {route === 'present' ? (
          // The deck has no page header: it is the whole screen. Another view or seed is another
          // deck (the speaker's window, a host page's frame).
          <Suspense fallback={<p className="p-4">Loading the deck…</p>}>
            <PresentPage
              key={`${place.deckView}-${seed}`}
              seed={seed}
              view={place.deckView}
              slide={place.slide}
              views={DECK_VIEWS}
            />
          </Suspense>
        ) : route !== 'explore' ? (
          <>
            <HeaderBar seed={seed} />
            <Suspense fallback={<p className="p-4">Loading…</p>}>
              <main>
                {route === 'check' ? (
                  <CheckTokenPage />
                ) : route === 'find' ? (
                  <FindPage />
                ) : route === 'train' ? (
                  <TrainPage
                    key={String(seed)}
                    seed={seed}
                    page={place.trainPage}
                    exercise={place.exercise}
                  />
                ) : route === 'generate' ? (
                  <GeneratePage
                    key={`${seed}-${flow}-${place.scenario}`}
                    seed={seed}
                    flow={flow}
                    scenario={place.scenario}
                  />
                ) : route === 'diagnose' ? (
                  // The pasted texts live outside the page (in memory only), so another flow or
                  // seed mounts it afresh without losing them.
                  <DiagnosePage key={`${seed}-${flow}`} seed={seed} flow={flow} />
                ) : route === 'handout' ? (
                  <HandoutPage key={String(seed)} seed={seed} views={DECK_VIEWS} />
                ) : (
                  // Another mode is another pair of runs: both walks start afresh.
                  <ComparePage key={String(seed)} seed={seed} views={COMPARE_VIEWS} />
                )}
              </main>
            </Suspense>
          </>
        ) : (
          // Another flow is another machine: the walk starts afresh from the fragment.
          <Suspense key={`${flow}-${seed}`} fallback={<p className="p-4">Loading…</p>}>
            {flow === 'pod-identity' ? <PodIdentityExplore /> : <Explore logic={irsaMachine} />}
          </Suspense>
        )}
      </PreferencesProvider>
    </LazyMotion>
  );
}

/** Pod Identity's walk arrives in its own chunk (its catalogue registers itself with it). */
const PodIdentityExplore = lazy(() =>
  import('../machine/pod-identity').then((m) => ({
    default: () => <Explore logic={m.podIdentityMachine} />,
  })),
);

/** Reads the fragment once to start the machine (scenario, its fix, step, room seed). */
function Explore({ logic }: { logic: typeof irsaMachine }) {
  const [initial] = useState(() => {
    const fragment = parseFragment(window.location.hash);
    // A shared link to a fixed scenario opens fixed: the fix is applied before the first run.
    const { entry, scenario } = catalogueOf(fragment.flow).choice(fragment.scenario, fragment.fix);
    return {
      flow: fragment.flow,
      seed: fragment.seed,
      scenarioId: entry.id,
      input: {
        scenario,
        settings: settingsFor(fragment.seed),
        target: fragment.step,
      },
    };
  });
  return (
    <IrsaActor.Provider logic={logic} options={{ input: initial.input }}>
      <ExplorePage seed={initial.seed} initialScenario={initial.scenarioId} />
    </IrsaActor.Provider>
  );
}
