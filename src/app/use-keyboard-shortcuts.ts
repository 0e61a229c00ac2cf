import { useEffect } from 'react';
import { IrsaActor } from '../features/irsa-actor';
import { isActivationKeyOnControl, shouldIgnoreShortcut } from '../lib/keyboard';

/**
 * ← → previous/next, Space play/pause, Home/End first/last step, 0–6 jump, ? shortcuts help.
 * Never while typing; never steals Space/Enter from a focused button.
 */
export function useKeyboardShortcuts(openHelp: () => void): void {
  const actor = IrsaActor.useActorRef();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (shouldIgnoreShortcut(event) || isActivationKeyOnControl(event)) return;
      const send = actor.send.bind(actor);
      let handled = true;
      if (event.key === 'ArrowRight') send({ type: 'step.next' });
      else if (event.key === 'ArrowLeft') send({ type: 'step.previous' });
      else if (event.key === ' ') send({ type: 'playback.toggle' });
      else if (event.key === 'Home') send({ type: 'step.goto', step: 0 });
      else if (event.key === 'End') send({ type: 'step.goto', step: 6 });
      else if (/^[0-6]$/.test(event.key)) send({ type: 'step.goto', step: Number(event.key) });
      else if (event.key === '?') openHelp();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actor, openHelp]);
}
