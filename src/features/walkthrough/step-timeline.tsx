import { selectMessages, selectPosition, STEPS, type MessageStatus } from '../../machine';
import { IrsaActor } from '../irsa-actor';

const STATUS_STYLE: Record<MessageStatus | 'setup', string> = {
  setup: 'border-slate-400',
  pending: 'border-slate-400 text-slate-700 dark:text-slate-300',
  running: 'border-sky-700 dark:border-sky-400',
  current: 'border-sky-700 dark:border-sky-400',
  passed: 'border-green-700 dark:border-green-400',
  skipped: 'border-dashed border-slate-500',
  failed: 'border-red-700 text-red-800 dark:border-red-400 dark:text-red-200',
};

/** Setup, 1 … 6 as buttons that jump to that step; the current one is marked. */
export function StepTimeline() {
  const actor = IrsaActor.useActorRef();
  const position = IrsaActor.useSelector(selectPosition);
  const messages = IrsaActor.useSelector(selectMessages);
  return (
    <nav aria-label="Steps">
      <ol className="flex flex-wrap gap-1.5">
        {STEPS.map((step) => {
          const status =
            step.number === 0 ? 'setup' : (messages[step.number - 1]?.status ?? 'pending');
          const current = step.number === position;
          return (
            <li key={step.number}>
              <button
                type="button"
                aria-current={current ? 'step' : undefined}
                aria-label={
                  step.number === 0
                    ? 'Setup'
                    : `Step ${step.number}: ${step.title}${status === 'failed' ? ' (failed)' : ''}`
                }
                title={step.number === 0 ? 'Setup' : `${step.number}. ${step.title}`}
                onClick={() => actor.send({ type: 'step.goto', step: step.number })}
                className={`min-w-10 rounded-md border-2 px-2.5 py-1 text-sm font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${STATUS_STYLE[status]} ${
                  current
                    ? 'bg-sky-700 text-white dark:bg-sky-400 dark:text-slate-950'
                    : 'bg-white dark:bg-slate-900'
                }`}
              >
                {step.number === 0
                  ? 'Setup'
                  : status === 'failed'
                    ? `${step.number} ✕`
                    : step.number}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
