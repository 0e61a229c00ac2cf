import { useEffect } from 'react';
import { IrsaActor } from '../features/irsa-actor';
import type { IrsaEvent } from '../machine';
import { shortcutFor, type PageCommand } from '../lib/keyboard';

const EVENTS: Record<Exclude<PageCommand['type'], 'help' | 'digit'>, IrsaEvent> = {
  next: { type: 'step.next' },
  previous: { type: 'step.previous' },
  first: { type: 'step.goto', step: 0 },
  // The machine keeps a position within its flow: past the end is the last step.
  last: { type: 'step.goto', step: Number.MAX_SAFE_INTEGER },
  toggle: { type: 'playback.toggle' },
};

/**
 * → or PageDown next, ← or PageUp previous, Home/End first/last step, 0–6 jump, Space play/pause,
 * ? shortcuts help: wherever focus is (after a click on a tab, a button, the diagram), except
 * while typing or in the open dialog; a tab list keeps ← →, a select ↑ ↓ and type-ahead, a focused
 * button Space and Enter (see `lib/keyboard.ts`).
 */
export function useKeyboardShortcuts(openHelp: () => void): void {
  const actor = IrsaActor.useActorRef();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = shortcutFor(event);
      if (!command) return;
      if (command.type === 'help') openHelp();
      else if (command.type === 'digit') {
        if (command.digit > actor.getSnapshot().context.flow.steps.length) return;
        actor.send({ type: 'step.goto', step: command.digit });
      } else actor.send(EVENTS[command.type]);
      // Also keeps a select from changing its value and the page from scrolling.
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actor, openHelp]);
}
