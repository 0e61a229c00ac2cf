import { selectTimeline, type MessageStatus } from '../../machine';
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
  const entries = IrsaActor.useSelector(selectTimeline);
  return (
    <nav aria-label="Steps">
      <ol className="flex flex-wrap gap-1.5">
        {entries.map(({ position: n, title, status, current }) => (
          <li key={n}>
            <button
              type="button"
              aria-current={current ? 'step' : undefined}
              aria-label={
                n === 0 ? title : `Step ${n}: ${title}${status === 'failed' ? ' (failed)' : ''}`
              }
              title={n === 0 ? title : `${n}. ${title}`}
              onClick={() => actor.send({ type: 'step.goto', step: n })}
              className={`min-w-10 rounded-md border-2 px-2.5 py-1 text-sm font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${STATUS_STYLE[status]} ${
                current
                  ? 'bg-sky-700 text-white dark:bg-sky-400 dark:text-slate-950'
                  : 'bg-white dark:bg-slate-900'
              }`}
            >
              {n === 0 ? title : status === 'failed' ? `${n} ✕` : n}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
