/**
 * How each pod's run ended with the trainee's edit: the intended pod must list its buckets, each
 * attacker's must be refused. Said in words (and marks), never by colour alone.
 */
import type { PodResult } from '../../machine/training/grade';

export function PodResults({ pods }: { pods: PodResult[] }) {
  if (pods.length === 0) return null;
  return (
    <section aria-labelledby="train-pods" className="space-y-2">
      <h2 id="train-pods" className="text-lg font-bold">
        Every pod, run with your edit
      </h2>
      <ul className="space-y-2" data-testid="pod-results">
        {pods.map((pod) => {
          const { failedAt, awsCode, message } = pod.outcome;
          const ended =
            failedAt === null
              ? 'succeeded: got credentials and listed the buckets'
              : `refused at ${failedAt === 0 ? 'Setup' : `step ${failedAt}`}: ${awsCode ?? 'error'}${message ? `: ${message}` : ''}`;
          return (
            <li
              key={pod.label}
              data-pod-ok={pod.asWanted}
              className={`rounded-md border-l-4 py-1 pl-2 text-sm ${pod.asWanted ? 'border-green-700 dark:border-green-400' : 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950'}`}
            >
              <span className="font-semibold">
                {pod.asWanted ? '✓ as it should' : '✕ not as it should'}
              </span>{' '}
              <span className="rounded bg-slate-200 px-1 text-xs font-semibold dark:bg-slate-700">
                {pod.intended ? 'intended pod' : 'attacker'}
              </span>{' '}
              {pod.label}
              <span className="block wrap-anywhere">{ended}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
