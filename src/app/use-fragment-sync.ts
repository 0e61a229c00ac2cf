import { useEffect } from 'react';
import { IrsaActor } from '../features/irsa-actor';
import { selectPosition } from '../machine';
import { formatFragment, parseFragment } from '../lib/url-state';

/**
 * Keep `#step=N` and the machine in step: the fragment follows the position, and editing the
 * fragment (or following a link) moves the machine.
 */
export function useFragmentSync(demo: boolean): void {
  const actor = IrsaActor.useActorRef();
  const position = IrsaActor.useSelector(selectPosition);
  const settled = IrsaActor.useSelector((s) => !s.hasTag('busy'));

  useEffect(() => {
    if (!settled) return;
    const wanted = formatFragment({ step: position, demo });
    if (window.location.hash !== wanted) window.history.replaceState(null, '', wanted);
  }, [position, settled, demo]);

  useEffect(() => {
    const onHashChange = () =>
      actor.send({ type: 'step.goto', step: parseFragment(window.location.hash).step });
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [actor]);
}
