import { LazyMotion } from 'motion/react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { IrsaActor } from '../features/irsa-actor';
import { parseFragment } from '../lib/url-state';
import { DETERMINISTIC_SETTINGS, freshSettings } from '../machine';
import { ExplorePage } from './explore-page';
import { HeaderBar } from './header-bar';
import { PreferencesProvider } from './preferences';
import { catalogueChoice } from './use-scenario-choice';

const loadMotionFeatures = () => import('./motion-features').then((m) => m.default);
const CheckTokenPage = lazy(() => import('../features/checker/check-token-page'));
const FindPage = lazy(() => import('../features/find/find-page'));

/** Composition root: the route from the fragment, preferences, and the machine for Explore. */
export function Root() {
  const [route, setRoute] = useState(() => parseFragment(window.location.hash).route);
  useEffect(() => {
    const onHashChange = () => setRoute(parseFragment(window.location.hash).route);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <PreferencesProvider>
        {route !== 'explore' ? (
          <>
            <HeaderBar demo={false} />
            <Suspense fallback={<p className="p-4">Loading…</p>}>
              <main>{route === 'check' ? <CheckTokenPage /> : <FindPage />}</main>
            </Suspense>
          </>
        ) : (
          <Explore />
        )}
      </PreferencesProvider>
    </LazyMotion>
  );
}

/** Reads the fragment once to start the machine (scenario, its fix, step, demo mode). */
function Explore() {
  const [initial] = useState(() => {
    const fragment = parseFragment(window.location.hash);
    // A shared link to a fixed scenario opens fixed: the fix is applied before the first run.
    const { entry, scenario } = catalogueChoice(fragment.scenario, fragment.fix);
    return {
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
    <IrsaActor.Provider options={{ input: initial.input }}>
      <ExplorePage demo={initial.demo} initialScenario={initial.scenarioId} />
    </IrsaActor.Provider>
  );
}
