import type { ReactNode } from 'react';
import { Button } from '../../components/button';
import { EXERCISE_GROUPS, EXERCISES, type Exercise } from '../../machine/training/exercises';
import { formatTrain } from '../../lib/url-state';
import { KIND_LABELS, STATE_LABELS } from './labels';
import { RecoveryNotice } from './progress-tools';
import { known } from './progress-store';
import { useProgress, type ExerciseProgress } from './use-progress';

const IDS = EXERCISES.map((e) => e.id);

/** A moment as instructors compare them across trainees: UTC, to the minute. */
function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}

interface Totals {
  exercises: number;
  solved: number;
  started: number;
  attempts: number;
  hints: number;
  solutions: number;
}

function totalsOf(rows: { progress: ExerciseProgress }[]): Totals {
  const count = (f: (p: ExerciseProgress) => number | boolean) =>
    rows.reduce((sum, { progress }) => sum + Number(f(progress)), 0);
  return {
    exercises: rows.length,
    solved: count((p) => p.state === 'solved'),
    started: count((p) => p.state === 'started'),
    attempts: count((p) => p.attempts),
    hints: count((p) => p.hintsShown),
    solutions: count((p) => p.solutionShown),
  };
}

const CELL = 'border border-slate-400 px-2 py-1 text-left align-top print:border-black';
const HEAD = `${CELL} bg-slate-100 font-semibold dark:bg-slate-800 print:bg-white`;
const TOTALS_COLUMNS = [
  'Group',
  'Exercises',
  'Solved',
  'Started',
  'Attempts',
  'Hints used',
  'Solutions shown',
];
const EXERCISE_COLUMNS = [
  'Exercise',
  'Kind',
  'State',
  'Attempts',
  'Hints used',
  'Solution shown',
  'Solved at',
];

/**
 * `#/train/summary`: this browser's training progress as a page to print or hand to an
 * instructor: every exercise with its state, attempts, hints and whether the solution was shown,
 * and totals per group. It reads the stored progress only; nothing is run.
 */
export function SummaryPage({ seed }: { seed: string | null }) {
  const progress = useProgress();
  const rows = EXERCISES.map((exercise) => ({ exercise, progress: progress.of(exercise.id) }));
  const groups = EXERCISE_GROUPS.map((group) => ({
    ...group,
    rows: rows.filter((r) => r.exercise.group === group.id),
  }));
  const all = totalsOf(rows);
  const others = Object.keys(progress.exercises).length - known(progress.exercises, IDS).length;
  return (
    <article className="mx-auto max-w-5xl space-y-6 p-4 leading-relaxed sm:p-6 print:max-w-none print:p-0 print:text-black">
      <RecoveryNotice />
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">Training progress</h1>
        <p>
          What this browser recorded of the IRSA Visualizer&apos;s exercises, on{' '}
          {formatTime(new Date().toISOString())}
          {seed === null ? '' : <> (room seed {seed})</>}: {all.solved} of {all.exercises} exercises
          solved, {all.started} started.
          {others > 0 &&
            ` ${others} saved entr${others === 1 ? 'y is' : 'ies are'} for exercises this version does not have and ${others === 1 ? 'is' : 'are'} not counted.`}
        </p>
        <div className="flex flex-wrap items-end gap-3 print:hidden">
          <Button variant="primary" onClick={() => window.print()}>
            Print
          </Button>
          <a
            href={formatTrain('list', null, seed)}
            className="font-semibold text-sky-800 underline dark:text-sky-300"
          >
            Back to the exercises
          </a>
        </div>
        <label className="flex max-w-md flex-col gap-1 text-sm font-semibold">
          Trainee (printed with the page, not saved)
          <input
            type="text"
            autoComplete="name"
            className="rounded-md border border-slate-400 px-2 py-1 font-normal dark:border-slate-500 dark:bg-slate-900 print:border-0 print:border-b print:px-0"
          />
        </label>
      </header>
      <section aria-labelledby="summary-totals" className="space-y-2 break-inside-avoid">
        <h2 id="summary-totals" className="text-xl font-bold">
          Totals by group
        </h2>
        <SummaryTable labelledBy="summary-totals" columns={TOTALS_COLUMNS}>
          {[...groups, { id: 'all', label: 'All', rows }].map((group) => {
            const t = totalsOf(group.rows);
            return (
              <tr key={group.id} className={group.id === 'all' ? 'font-semibold' : ''}>
                <th scope="row" className={CELL}>
                  {group.label}
                </th>
                {[t.exercises, t.solved, t.started, t.attempts, t.hints, t.solutions].map(
                  (n, i) => (
                    <td key={i} className={`${CELL} tabular-nums`}>
                      {n}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
        </SummaryTable>
      </section>
      {groups
        .filter((group) => group.rows.length > 0)
        .map((group) => (
          <section
            key={group.id}
            aria-labelledby={`summary-${group.id}`}
            className="space-y-2 break-inside-avoid"
          >
            <h2 id={`summary-${group.id}`} className="text-xl font-bold">
              {group.label}
            </h2>
            <ExerciseTable rows={group.rows} labelledBy={`summary-${group.id}`} />
          </section>
        ))}
    </article>
  );
}

/**
 * A table with its column headers; `children` are its body rows. On a phone it scrolls sideways,
 * and the keyboard can scroll it too (it takes the focus).
 */
function SummaryTable({
  labelledBy,
  columns,
  children,
}: {
  labelledBy: string;
  columns: readonly string[];
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
      className="overflow-x-auto focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
    >
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr>
            {columns.map((h) => (
              <th key={h} scope="col" className={HEAD}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function ExerciseTable({
  rows,
  labelledBy,
}: {
  rows: { exercise: Exercise; progress: ExerciseProgress }[];
  labelledBy: string;
}) {
  return (
    <SummaryTable labelledBy={labelledBy} columns={EXERCISE_COLUMNS}>
      {rows.map(({ exercise, progress: p }) => (
        <tr key={exercise.id} data-exercise={exercise.id}>
          <th scope="row" className={`${CELL} font-normal`}>
            <span className="font-semibold">{exercise.title}</span>
            <br />
            <code className="text-xs">{exercise.id}</code>
          </th>
          <td className={CELL}>{KIND_LABELS[exercise.kind]}</td>
          <td className={CELL}>{STATE_LABELS[p.state]}</td>
          <td className={`${CELL} tabular-nums`}>{p.attempts}</td>
          <td className={`${CELL} tabular-nums`}>
            {p.hintsShown} of {exercise.hints.length}
          </td>
          <td className={CELL}>{p.solutionShown ? 'Yes' : 'No'}</td>
          <td className={`${CELL} tabular-nums`}>
            {p.solvedAt ? (
              <time dateTime={p.solvedAt}>{formatTime(p.solvedAt)}</time>
            ) : p.state === 'solved' ? (
              'not recorded'
            ) : (
              '—'
            )}
          </td>
        </tr>
      ))}
    </SummaryTable>
  );
}
