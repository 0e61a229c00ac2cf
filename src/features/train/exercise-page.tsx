/**
 * `#/train/<id>`: one exercise. Its brief, its run from the engine (paused where a prediction is
 * asked, otherwise where it stops), and the task of its kind; then links to the neighbours. An
 * unknown id says so and links back to the list.
 */
import { useEffect, useRef, useState } from 'react';
import { EXERCISES, type Exercise } from '../../machine/training/exercises';
import { settingsFor } from '../../machine';
import { formatTrain } from '../../lib/url-state';
import { ChoiceExercise } from './choice-exercise';
import { EditExerciseView } from './edit-exercise';
import { ExerciseRun, RunStatus } from './exercise-run';
import { exerciseById, groupLabel, KIND_LABELS, KIND_TASKS, STATE_LABELS } from './labels';
import { RecoveryNotice } from './progress-tools';
import { useProgress } from './use-progress';

const LINK =
  'font-semibold text-sky-800 underline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:text-sky-300';

export default function ExercisePage({ id, seed }: { id: string | null; seed: string | null }) {
  const exercise = exerciseById(id);
  if (!exercise)
    return (
      <div className="mx-auto max-w-3xl space-y-3 p-4">
        <h1 className="text-2xl font-bold">No such exercise</h1>
        <p>
          There is no exercise called <code className="font-mono">{id}</code>. It may have been
          renamed, or the link was cut short.
        </p>
        <p>
          <a href={formatTrain('list', null, seed)} className={LINK}>
            All exercises
          </a>
        </p>
      </div>
    );
  return <ExerciseView key={exercise.id} exercise={exercise} seed={seed} />;
}

function ExerciseView({ exercise, seed }: { exercise: Exercise; seed: string | null }) {
  const [settings] = useState(() => settingsFor(seed));
  const progress = useProgress();
  const state = progress.of(exercise.id).state;
  const started = useRef(state !== 'new');
  const onInteract = () => {
    if (started.current) return;
    started.current = true;
    progress.start(exercise.id);
  };
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving from a link, keyboard and screen reader users start at the exercise's title.
  useEffect(() => heading.current?.focus(), []);
  // Past the last step (the machine clamps it): the run goes on until it ends or refuses.
  const target = exercise.kind === 'predict' ? exercise.pauseAt : 99;
  const runHeading =
    exercise.kind === 'diagnose' ? 'The broken run' : 'The run as the exercise starts';
  return (
    <article
      data-exercise={exercise.id}
      data-kind={exercise.kind}
      className="mx-auto max-w-7xl space-y-5 p-3 sm:p-4"
    >
      <RecoveryNotice />
      <nav aria-label="Training" className="text-sm">
        <a href={formatTrain('list', null, seed)} className={LINK}>
          ← All exercises
        </a>
      </nav>
      <header className="space-y-2">
        <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
          {exercise.title}
        </h1>
        <p className="text-sm">
          <span className="font-semibold">{KIND_LABELS[exercise.kind]}</span> ·{' '}
          {groupLabel(exercise)} · <span data-testid="exercise-state">{STATE_LABELS[state]}</span>
        </p>
        <p className="max-w-4xl">{exercise.brief}</p>
        <p className="max-w-4xl text-sm text-slate-700 dark:text-slate-300">
          {KIND_TASKS[exercise.kind]}
        </p>
      </header>
      <ExerciseRun exercise={exercise} settings={settings} target={target}>
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="min-w-0">
            <RunStatus
              heading={runHeading}
              pausedAt={exercise.kind === 'predict' ? exercise.pauseAt : undefined}
            />
          </div>
          <div className="min-w-0">
            {exercise.kind === 'predict' || exercise.kind === 'diagnose' ? (
              <ChoiceExercise
                exercise={exercise}
                settings={settings}
                progress={progress}
                onInteract={onInteract}
              />
            ) : (
              <EditExerciseView
                exercise={exercise}
                settings={settings}
                progress={progress}
                onInteract={onInteract}
              />
            )}
          </div>
        </div>
      </ExerciseRun>
      <Neighbours exercise={exercise} seed={seed} />
    </article>
  );
}

function Neighbours({ exercise, seed }: { exercise: Exercise; seed: string | null }) {
  const at = EXERCISES.indexOf(exercise);
  const previous = EXERCISES[at - 1];
  const next = EXERCISES[at + 1];
  return (
    <nav
      aria-label="Other exercises"
      className="flex flex-wrap justify-between gap-3 border-t border-slate-300 pt-3 text-sm dark:border-slate-700"
    >
      {previous ? (
        <a href={formatTrain('exercise', previous.id, seed)} className={LINK} rel="prev">
          ← Previous: {previous.title}
        </a>
      ) : (
        <span />
      )}
      <a href={formatTrain('list', null, seed)} className={LINK}>
        All exercises
      </a>
      {next ? (
        <a href={formatTrain('exercise', next.id, seed)} className={LINK} rel="next">
          Next: {next.title} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
