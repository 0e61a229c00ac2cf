import { selectStatusText, selectStepContent } from '../../machine';
import { IrsaActor } from '../irsa-actor';

/**
 * Announces each step's story politely to screen readers. The same words are visible in the
 * inspector's "What happens" tab; this region only speaks them when the step changes.
 */
export function Narration() {
  const status = IrsaActor.useSelector(selectStatusText);
  const step = IrsaActor.useSelector(selectStepContent);
  const busy = IrsaActor.useSelector((s) => s.hasTag('busy'));
  return (
    <div aria-live="polite" className="sr-only">
      {busy ? '' : `${status}. ${step.simple}`}
    </div>
  );
}
