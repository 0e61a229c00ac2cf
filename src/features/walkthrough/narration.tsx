import { selectStepContent } from '../../machine';
import { IrsaActor } from '../irsa-actor';

/** What happens in this step, in plain words, and where the six-step story simplifies. */
export function Narration() {
  const step = IrsaActor.useSelector(selectStepContent);
  return (
    <section aria-labelledby="narration-title" className="space-y-2">
      <h2 id="narration-title" className="text-lg font-bold">
        {step.number === 0 ? 'Setup' : `${step.number}. ${step.title}`}
      </h2>
      <p>{step.simple}</p>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <strong>Real mechanics: </strong>
        {step.realMechanics}
      </p>
    </section>
  );
}
