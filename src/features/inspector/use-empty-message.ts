import { selectBusy } from '../../machine';
import { IrsaActor } from '../irsa-actor';

/**
 * What a tab says when it has nothing to show: "Working…" while the step runs, a word on the
 * waiting run after an invalid edit, and only otherwise `none` (e.g. "No HTTP in this step.").
 */
export function useEmptyMessage(none: string): string {
  const busy = IrsaActor.useSelector(selectBusy);
  const waiting = IrsaActor.useSelector((s) => s.hasTag('waiting'));
  if (busy) return 'Working…';
  if (waiting) return 'Nothing to show: the run waits for a valid scenario.';
  return none;
}
