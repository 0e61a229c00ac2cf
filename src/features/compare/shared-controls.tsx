import { Button } from '../../components/button';
import type { IrsaEvent } from '../../machine';

interface SharedControlsProps {
  /** The position both walks aim at (0 = Setup). */
  target: number;
  steps: number;
  canGoBack: boolean;
  canGoForward: boolean;
  /** Each position's two steps in words, for the step buttons' tooltips. */
  pairs: { position: number; irsa: string; podIdentity: string }[];
  send: (event: IrsaEvent) => void;
}

/**
 * Previous / Next / Restart and Setup, 1 … 6 for both walks at once. Each machine decides what
 * the event means for it: a walk stopped on a failure stays where it failed while the other goes on.
 */
export function SharedControls({
  target,
  steps,
  canGoBack,
  canGoForward,
  pairs,
  send,
}: SharedControlsProps) {
  const goto = (step: number) => send({ type: 'step.goto', step });
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <div role="group" aria-label="Step controls for both flows" className="flex flex-wrap gap-2">
        <Button unavailable={!canGoBack} onClick={() => goto(target - 1)} className="max-sm:px-3">
          <span aria-hidden="true">◀ </span>Previous<span className="max-sm:sr-only"> step</span>
        </Button>
        <Button
          variant="primary"
          unavailable={!canGoForward}
          onClick={() => goto(target + 1)}
          className="max-sm:px-3"
        >
          Next<span className="max-sm:sr-only"> step</span>
          <span aria-hidden="true"> ▶</span>
        </Button>
        <Button onClick={() => send({ type: 'run.restart' })} className="max-sm:px-3">
          Restart
        </Button>
      </div>
      <div role="group" aria-label="Go to a step in both flows">
        <ol className="flex flex-wrap gap-1.5">
          {Array.from({ length: steps + 1 }, (_, n) => {
            const pair = pairs[n - 1];
            return (
              <li key={n}>
                <button
                  type="button"
                  aria-current={n === target ? 'step' : undefined}
                  aria-label={n === 0 ? 'Both at Setup' : `Both at step ${n}`}
                  title={pair ? `IRSA: ${pair.irsa}\nPod Identity: ${pair.podIdentity}` : 'Setup'}
                  onClick={() => goto(n)}
                  className={`min-w-10 rounded-md border-2 px-2.5 py-1 text-sm font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${
                    n === target
                      ? 'border-sky-700 bg-sky-700 text-white dark:border-sky-400 dark:bg-sky-400 dark:text-slate-950'
                      : 'border-slate-400 bg-white dark:bg-slate-900'
                  }`}
                >
                  {n === 0 ? 'Setup' : n}
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}
