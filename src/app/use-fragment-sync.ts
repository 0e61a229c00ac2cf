import { useEffect, useRef } from 'react';
import { IrsaActor } from '../features/irsa-actor';
import { selectPosition } from '../machine';
import { formatFragment, parseFragment, type FlowId, type FragmentState } from '../lib/url-state';
import type { PickOptions, ScenarioInUrl } from './use-scenario-choice';

/**
 * Keep the fragment and the machine together: each new position becomes a history entry (so
 * Back and Forward move along the walk, and a reload returns to the same step and scenario, fixed
 * or not), and a changed fragment (Back, Forward, an edited URL) moves the machine or loads its
 * scenario. While the run waits on an invalid edit the URL stays as it was.
 */
export function useFragmentSync(
  seed: string | null,
  scenario: ScenarioInUrl | null,
  onScenarioInUrl: (id: string | null, options: PickOptions) => void,
): void {
  const actor = IrsaActor.useActorRef();
  const position = IrsaActor.useSelector(selectPosition);
  const settled = IrsaActor.useSelector((s) => !s.hasTag('busy') && !s.hasTag('waiting'));
  const flow = IrsaActor.useSelector((s) => s.context.flow.id) as FlowId;
  const first = useRef(true);
  const name = scenario?.scenario ?? null;
  const fix = scenario?.fix ?? false;

  useEffect(() => {
    if (!settled) return;
    const wanted = formatFragment({ flow, step: position, seed, scenario: name, fix });
    const current = window.location.hash;
    if (current !== wanted) {
      // The first settle only tidies the URL the page was opened with.
      const replace = first.current || parseFragment(current).step === position;
      window.history[replace ? 'replaceState' : 'pushState'](null, '', wanted);
    }
    first.current = false;
  }, [flow, position, settled, seed, name, fix]);

  const latest = useRef({ name, fix, onScenarioInUrl });
  useEffect(() => {
    latest.current = { name, fix, onScenarioInUrl };
  });

  useEffect(() => {
    const follow = () => {
      const state: FragmentState = parseFragment(window.location.hash);
      // Another page, flow or seed: the root starts that walk afresh.
      if (state.route !== 'explore' || state.flow !== flow || state.seed !== seed) return;
      const { name, fix, onScenarioInUrl } = latest.current;
      if (state.scenario !== name || state.fix !== fix)
        onScenarioInUrl(state.scenario, { fix: state.fix, target: state.step });
      else actor.send({ type: 'step.goto', step: state.step });
    };
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, [actor, flow, seed]);
}
