import { selectStepContent } from '../../machine';
import { IrsaActor } from '../irsa-actor';

/**
 * Below the wide layout, the step's story right under the controls (the inspector, where wide
 * screens show it, is far below there).
 */
export function StepExplanation() {
  const step = IrsaActor.useSelector(selectStepContent);
  // A fixed height, so the diagram below stays put from step to step.
  return (
    <div
      role="region"
      tabIndex={0}
      aria-label="What happens in this step"
      className="h-[9.5rem] overflow-y-auto text-[15px] leading-snug lg:hidden"
    >
      {step.simple}
    </div>
  );
}
