import * as m from 'motion/react-m';
import { ACTORS, selectStepContent, type ActorId } from '../../machine';
import { IrsaActor } from '../irsa-actor';

const ORDER: ActorId[] = ['pod', 'sts', 'iam', 'oidc', 's3'];

/** The five actors; the two the current step concerns are highlighted, with what travels between them. */
export function ActorDiagram() {
  const step = IrsaActor.useSelector(selectStepContent);
  const failed = IrsaActor.useSelector((s) => s.hasTag('failed'));
  const active = new Set([step.from, step.to]);
  return (
    <figure aria-labelledby="diagram-caption" className="space-y-2">
      <ul className="grid grid-cols-5 gap-2">
        {ORDER.map((id) => (
          <li
            key={id}
            data-actor={id}
            data-active={active.has(id) || undefined}
            className={`rounded-lg border-2 p-2 text-center ${
              active.has(id)
                ? failed
                  ? 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950'
                  : 'border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-sky-950'
                : 'border-slate-300 dark:border-slate-700'
            }`}
          >
            <span className="block font-bold">{ACTORS[id].name}</span>
            <span className="block text-xs text-slate-700 dark:text-slate-300">
              {ACTORS[id].detail}
            </span>
          </li>
        ))}
      </ul>
      <figcaption id="diagram-caption" className="text-sm">
        <m.span
          key={step.number}
          className="inline-block"
          initial={{ opacity: 0, x: -8 }}
          animate={{ opacity: 1, x: 0 }}
        >
          {step.from && step.to
            ? `${ACTORS[step.from].name} → ${ACTORS[step.to].name}: ${step.carries}`
            : 'Before step 1: keys, webhook and token are prepared.'}
        </m.span>
      </figcaption>
    </figure>
  );
}
