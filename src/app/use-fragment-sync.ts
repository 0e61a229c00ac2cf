import { useEffect, useRef } from 'react';
import { IrsaActor } from '../features/irsa-actor';
import { selectPosition } from '../machine';
import { formatFragment, parseFragment } from '../lib/url-state';

/**
 * Keep `#step=N` and the machine together: each new position becomes a history entry (so Back
 * and Forward move along the walk, and a reload returns to the same step), and a changed
 * fragment (Back, Forward, an edited URL) moves the machine.
 */
export function useFragmentSync(demo: boolean): void {
  const actor = IrsaActor.useActorRef();
  const position = IrsaActor.useSelector(selectPosition);
  const settled = IrsaActor.useSelector((s) => !s.hasTag('busy'));
  const first = useRef(true);

  useEffect(() => {
    if (!settled) return;
    const wanted = formatFragment({ step: position, demo });
    if (window.location.hash === wanted) return;
    // The first settle only tidies the URL the page was opened with.
    if (first.current || parseFragment(window.location.hash).step === position) {
      window.history.replaceState(null, '', wanted);
    } else {
      window.history.pushState(null, '', wanted);
    }
    first.current = false;
  }, [position, settled, demo]);

  useEffect(() => {
    if (settled) first.current = false;
  }, [settled]);

  useEffect(() => {
    const follow = () =>
      actor.send({ type: 'step.goto', step: parseFragment(window.location.hash).step });
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, [actor]);
}
