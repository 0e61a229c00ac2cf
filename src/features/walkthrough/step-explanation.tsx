import { selectStepContent } from '../../machine';
import { IrsaActor } from '../irsa-actor';

/**
 * On a phone, the step's story right under the controls (the inspector, where wide screens show
 * it, is far below there).
 */
export function StepExplanation() {
  const step = IrsaActor.useSelector(selectStepContent);
  return <p className="text-base leading-relaxed lg:hidden">{step.simple}</p>;
}
