import { LazyMotion } from 'motion/react';
import { Suspense, useEffect, useState, type ComponentType } from 'react';
import { currentHash, parseFragment, type Route } from '../lib/url-state';
import { ViewBoundary } from './error-boundary';
import { preloadableLazy } from '../lib/preloadable-lazy';
import { HeaderBar } from './header-bar';
import { PreferencesProvider } from './preferences';
import { UpdateBanner } from './update-banner';

const loadMotionFeatures = () => import('./motion-features').then((m) => m.default);
// Every page's code can be loaded ahead of rendering: a prerendered page's is, before it hydrates
// (main.tsx), so its HTML hydrates in one pass.
export const ExploreRoute = preloadableLazy(() => import('./explore-route'));
const CheckTokenPage = preloadableLazy(() => import('../features/checker/check-token-page'));
const FindPage = preloadableLazy(() => import('../features/find/find-page'));
type PageViews = typeof import('./page-views');

/** A page with the explore page's views it shows (`page-views.ts`), loaded together. */
function lazyWithViews<P extends { views: unknown }>(
  load: () => Promise<{ default: ComponentType<P> }>,
  pick: (views: PageViews) => P['views'],
) {
  return preloadableLazy<Omit<P, 'views'>>(() =>
    Promise.all([load(), import('./page-views')]).then(([page, views]) => ({
      default: (props: Omit<P, 'views'>) => (
        <page.default {...({ ...props, views: pick(views) } as P)} />
      ),
    })),
  );
}
const ComparePage = lazyWithViews(
  () => import('../features/compare/compare-page'),
  (v) => v.COMPARE_VIEWS,
);
const PresentPage = lazyWithViews(
  () => import('../features/present/present-page'),
  (v) => v.DECK_VIEWS,
);
const HandoutPage = lazyWithViews(
  () => import('../features/handout/handout-page'),
  (v) => v.DECK_VIEWS,
);
const TrainPage = preloadableLazy(() => import('../features/train/train-page'));
const GeneratePage = preloadableLazy(() => import('../features/generate/generate-page'));
const DiagnosePage = preloadableLazy(() => import('../features/diagnose/diagnose-page'));

const PAGES: Record<Route, { preload: () => Promise<void> }> = {
  explore: ExploreRoute,
  check: CheckTokenPage,
  find: FindPage,
  compare: ComparePage,
  present: PresentPage,
  handout: HandoutPage,
  train: TrainPage,
  generate: GeneratePage,
  diagnose: DiagnosePage,
};

/** Loads a route's page code ahead of rendering it. */
export function preloadPage(route: Route): Promise<void> {
  return PAGES[route].preload();
}

/**
 * Composition root: the route from the fragment, preferences, and the machine for Explore.
 * `fragment` is the page's own, but where a prerendered screen is rendered (prerender.tsx) or
 * hydrated (main.tsx): there it is the fragment that screen was made for.
 */
export function Root({ fragment }: { fragment?: string }) {
  const [first] = useState(() => fragment ?? currentHash());
  const [place, setPlace] = useState(() => parseFragment(first));
  const { route, flow, seed } = place;
  useEffect(() => {
    const onHashChange = () => setPlace(parseFragment(window.location.hash));
    // Hydrating a prerendered screen: the fragment may have changed before the code arrived
    // (an edited address, Back), with no one listening. Go there now.
    if (window.location.hash !== first) onHashChange();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [first]);
  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <PreferencesProvider>
        {/* Above every page's header: "A new version is ready" (empty until one waits). Not in
            the embedded deck: the host page owns that frame. */}
        {!(route === 'present' && place.deckView === 'embed') && <UpdateBanner />}
        {route === 'present' ? (
          // The deck has no page header: it is the whole screen. Another view or seed is another
          // deck (the speaker's window, a host page's frame).
          <ViewBoundary resetKey={place}>
            <Suspense fallback={<p className="p-4">Loading the deck…</p>}>
              <PresentPage
                key={`${place.deckView}-${seed}`}
                seed={seed}
                view={place.deckView}
                slide={place.slide}
              />
            </Suspense>
          </ViewBoundary>
        ) : route !== 'explore' ? (
          // A view that throws is replaced by the recovery screen (under the same header), not
          // by a blank page; going elsewhere clears it.
          <ViewBoundary resetKey={place} header={<HeaderBar seed={seed} />}>
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
                  <HandoutPage key={String(seed)} seed={seed} />
                ) : (
                  // Another mode is another pair of runs: both walks start afresh.
                  <ComparePage key={String(seed)} seed={seed} />
                )}
              </main>
            </Suspense>
          </ViewBoundary>
        ) : (
          // Another flow is another machine: the walk starts afresh from the fragment.
          <ViewBoundary resetKey={place} header={<HeaderBar seed={seed} />}>
            <Suspense key={`${flow}-${seed}`} fallback={<p className="p-4">Loading…</p>}>
              <ExploreRoute flow={flow} />
            </Suspense>
          </ViewBoundary>
        )}
      </PreferencesProvider>
    </LazyMotion>
  );
}
