/**
 * `#/train`: every exercise by group, each a link with its kind and state in words, the overall
 * progress, the instructors' links and the progress tools.
 */
import { EXERCISE_GROUPS, EXERCISES } from '../../machine/training/exercises';
import { formatTrain } from '../../lib/url-state';
import { KIND_LABELS, STATE_LABELS } from './labels';
import { ProgressTools, RecoveryNotice } from './progress-tools';
import { useProgress, type ExerciseState } from './use-progress';

const STATE_STYLE: Record<ExerciseState, string> = {
  new: 'border-slate-400 text-slate-800 dark:border-slate-500 dark:text-slate-200',
  started:
    'border-amber-700 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50',
  solved:
    'border-green-700 bg-green-50 text-green-950 dark:border-green-400 dark:bg-green-950 dark:text-green-50',
};
const STATE_MARK: Record<ExerciseState, string> = { new: '○', started: '◐', solved: '✓' };

export function ExerciseList({ seed }: { seed: string | null }) {
  const progress = useProgress();
  const solved = EXERCISES.filter((e) => progress.of(e.id).state === 'solved').length;
  return (
    <div className="mx-auto max-w-5xl space-y-6 p-3 sm:p-4">
      <RecoveryNotice />
      <header className="space-y-3">
        <h1 className="text-2xl font-bold">Training</h1>
        <p className="max-w-3xl">
          Predict what a hop does, diagnose a broken run, fix a scenario, secure a trust policy.
          Every answer is judged by running the same engine as the walkthrough, in this browser: any
          edit that makes the run do what is asked passes.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <label htmlFor="train-progress" className="font-semibold">
            {solved} of {EXERCISES.length} solved
          </label>
          <progress
            id="train-progress"
            max={EXERCISES.length}
            value={solved}
            className="h-3 w-48 accent-green-700"
          />
        </div>
      </header>
      {EXERCISE_GROUPS.map((group) => {
        const exercises = EXERCISES.filter((e) => e.group === group.id);
        if (exercises.length === 0) return null;
        return (
          <section key={group.id} aria-labelledby={`train-group-${group.id}`} className="space-y-2">
            <h2 id={`train-group-${group.id}`} className="text-xl font-bold">
              {group.label}
            </h2>
            <ul className="grid gap-2 sm:grid-cols-2">
              {exercises.map((e) => {
                const state = progress.of(e.id).state;
                return (
                  <li key={e.id} data-exercise={e.id} data-state={state}>
                    <a
                      href={formatTrain('exercise', e.id, seed)}
                      className="flex h-full flex-col gap-1 rounded-md border border-slate-300 p-3 no-underline hover:border-sky-700 hover:bg-slate-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:hover:border-sky-400 dark:hover:bg-slate-900"
                    >
                      <span className="font-semibold text-sky-800 underline dark:text-sky-300">
                        {e.title}
                      </span>
                      <span className="flex flex-wrap items-center gap-2 text-sm">
                        <span className="rounded bg-slate-200 px-1.5 font-semibold text-slate-900 dark:bg-slate-700 dark:text-slate-100">
                          {KIND_LABELS[e.kind]}
                        </span>
                        <span
                          data-testid="state"
                          className={`rounded border px-1.5 font-semibold ${STATE_STYLE[state]}`}
                        >
                          <span aria-hidden="true">{STATE_MARK[state]} </span>
                          {STATE_LABELS[state]}
                        </span>
                      </span>
                    </a>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <ProgressTools />
      <section aria-labelledby="train-instructors" className="space-y-2">
        <h2 id="train-instructors" className="text-lg font-bold">
          For instructors
        </h2>
        <p className="text-sm">
          The{' '}
          <a
            href={formatTrain('answers', null, seed)}
            className="font-semibold text-sky-800 underline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:text-sky-300"
          >
            answer key
          </a>{' '}
          lists every exercise with its solution and explanation, printable.{' '}
          {seed === null
            ? 'Add ?seed=<word> to this page’s address to give a class the same bytes.'
            : `Seed ${seed}: everyone with this link sees the same bytes.`}
        </p>
      </section>
    </div>
  );
}
