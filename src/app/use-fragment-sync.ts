import { useEffect, useRef } from 'react';
import { IrsaActor } from '../features/irsa-actor';
import { selectPosition } from '../machine';
import { formatFragment, parseFragment, type FragmentState } from '../lib/url-state';

/**
 * Keep the fragment and the machine together: each new position becomes a history entry (so
 * Back and Forward move along the walk, and a reload returns to the same step), and a changed
 * fragment (Back, Forward, an edited URL) moves the machine or loads its scenario.
 */
export function useFragmentSync(
  demo: boolean,
  scenario: string | null,
  onScenarioInUrl: (id: string | null) => void,
): void {
  const actor = IrsaActor.useActorRef();
  const position = IrsaActor.useSelector(selectPosition);
  const settled = IrsaActor.useSelector((s) => !s.hasTag('busy'));
  const first = useRef(true);

  useEffect(() => {
    if (!settled) return;
    const wanted = formatFragment({ step: position, demo, scenario });
    const current = window.location.hash;
    if (current !== wanted) {
      // The first settle only tidies the URL the page was opened with.
      const replace = first.current || parseFragment(current).step === position;
      window.history[replace ? 'replaceState' : 'pushState'](null, '', wanted);
    }
    first.current = false;
  }, [position, settled, demo, scenario]);

  const latest = useRef<{ scenario: string | null; onScenarioInUrl: typeof onScenarioInUrl }>({
    scenario,
    onScenarioInUrl,
  });
  useEffect(() => {
    latest.current = { scenario, onScenarioInUrl };
  });

  useEffect(() => {
    const follow = () => {
      const state: FragmentState = parseFragment(window.location.hash);
      if (state.route !== 'explore') return;
      if (state.scenario !== latest.current.scenario)
        latest.current.onScenarioInUrl(state.scenario);
      actor.send({ type: 'step.goto', step: state.step });
    };
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, [actor]);
}
