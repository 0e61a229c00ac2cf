import { LazyMotion } from 'motion/react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { ActorDiagram } from '../features/diagram/actor-diagram';
import { IrsaActor } from '../features/irsa-actor';
import { StatusLine } from '../features/walkthrough/status-line';
import { StepTimeline } from '../features/walkthrough/step-timeline';
import { parseFragment } from '../lib/url-state';
import { catalogueOf, DETERMINISTIC_SETTINGS, freshSettings, irsaMachine } from '../machine';
import { ExplorePage } from './explore-page';
import { HeaderBar } from './header-bar';
import { PreferencesProvider } from './preferences';

const loadMotionFeatures = () => import('./motion-features').then((m) => m.default);
const CheckTokenPage = lazy(() => import('../features/checker/check-token-page'));
const FindPage = lazy(() => import('../features/find/find-page'));
const ComparePage = lazy(() => import('../features/compare/compare-page'));
// The comparison shows each walk with the explore page's own views; the app hands them over
// because one feature may not import another's folder.
const COMPARE_VIEWS = { Status: StatusLine, Timeline: StepTimeline, Diagram: ActorDiagram };

/** Composition root: the route from the fragment, preferences, and the machine for Explore. */
export function Root() {
  const [{ route, flow, demo }, setPlace] = useState(() => parseFragment(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setPlace(parseFragment(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <PreferencesProvider>
        {route !== 'explore' ? (
          <>
            <HeaderBar demo={route === 'compare' && demo} />
            <Suspense fallback={<p className="p-4">Loading…</p>}>
              <main>
                {route === 'check' ? (
                  <CheckTokenPage />
                ) : route === 'find' ? (
                  <FindPage />
                ) : (
                  // Another mode is another pair of runs: both walks start afresh.
                  <ComparePage key={String(demo)} demo={demo} views={COMPARE_VIEWS} />
                )}
              </main>
            </Suspense>
          </>
        ) : (
          // Another flow is another machine: the walk starts afresh from the fragment.
          <Suspense key={flow} fallback={<p className="p-4">Loading…</p>}>
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

/** Reads the fragment once to start the machine (scenario, its fix, step, demo mode). */
function Explore({ logic }: { logic: typeof irsaMachine }) {
  const [initial] = useState(() => {
    const fragment = parseFragment(window.location.hash);
    // A shared link to a fixed scenario opens fixed: the fix is applied before the first run.
    const { entry, scenario } = catalogueOf(fragment.flow).choice(fragment.scenario, fragment.fix);
    return {
      flow: fragment.flow,
      demo: fragment.demo,
      scenarioId: entry.id,
      input: {
        scenario,
        settings: fragment.demo ? DETERMINISTIC_SETTINGS : freshSettings(),
        target: fragment.step,
      },
    };
  });
  return (
    <IrsaActor.Provider logic={logic} options={{ input: initial.input }}>
      <ExplorePage demo={initial.demo} initialScenario={initial.scenarioId} />
    </IrsaActor.Provider>
  );
}
