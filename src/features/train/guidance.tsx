/**
 * Hints, one at a time (how many were shown is kept with the progress), and "Show solution":
 * the right answer (computed by the engine, handed in by the exercise's view) and the
 * explanation, keyed to AWS's error code.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../components/button';
import type { Exercise } from '../../machine/training/exercises';
import type { Progress } from './use-progress';

export function Guidance({
  exercise,
  progress,
  onInteract,
  solution,
}: {
  exercise: Exercise;
  progress: Progress;
  /** The trainee did something: the exercise counts as started. */
  onInteract: () => void;
  /** The right answer, shown with the explanation once asked for. */
  solution: ReactNode;
}) {
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const solutionHeading = useRef<HTMLHeadingElement>(null);
  const { hints, id } = exercise;
  const shown = Math.min(progress.of(id).hintsShown, hints.length);
  useEffect(() => {
    if (open) solutionHeading.current?.focus();
  }, [open]);
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-bold">
        Help
      </h2>
      <ol
        aria-live="polite"
        aria-label="Hints shown"
        className="list-decimal space-y-1 pl-5 text-sm"
      >
        {hints.slice(0, shown).map((hint, i) => (
          <li key={i}>{hint}</li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          unavailable={shown >= hints.length}
          onClick={() => {
            onInteract();
            progress.showHint(id);
          }}
        >
          {shown >= hints.length
            ? `All ${hints.length} hints shown`
            : `Show a hint (${shown + 1} of ${hints.length})`}
        </Button>
        <Button
          unavailable={open}
          onClick={() => {
            onInteract();
            progress.showSolution(id);
            setOpen(true);
          }}
        >
          Show solution
        </Button>
      </div>
      {open && (
        <div
          data-testid="solution"
          className="space-y-2 rounded-md border border-slate-400 p-3 text-sm dark:border-slate-500"
        >
          <h3 ref={solutionHeading} tabIndex={-1} className="font-bold focus:outline-none">
            Solution
          </h3>
          {solution}
          <p>
            <span className="font-semibold">Why: </span>
            {exercise.explanation}
          </p>
        </div>
      )}
    </section>
  );
}
