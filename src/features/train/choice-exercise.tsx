/**
 * Predict and diagnose: the question as a native radio group, "Check" (or Enter) grades the
 * choice by running the engine; a prediction can then be watched as the run plays on.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import type { DiagnoseExercise, PredictExercise } from '../../machine/training/exercises';
import type { RunSettings } from '../../machine';
import { gradeDiagnose, gradePredict } from '../../machine/training/grade';
import { rightChoices } from './answers';
import { useWatchToEnd } from './exercise-run';
import { Guidance } from './guidance';
import type { Progress } from './use-progress';
import { errorText, VerdictRegion, type Verdict } from './verdict';

interface ChoiceProps {
  exercise: PredictExercise | DiagnoseExercise;
  settings: RunSettings;
  progress: Progress;
  onInteract: () => void;
}

export function ChoiceExercise({ exercise, settings, progress, onInteract }: ChoiceProps) {
  const [choice, setChoice] = useState<number | null>(null);
  const [verdict, setVerdict] = useState<Verdict>({ state: 'idle' });
  const [answered, setAnswered] = useState(false);
  const [watched, setWatched] = useState(false);
  const watch = useWatchToEnd();
  // Only the latest check may speak: an earlier, slower one is dropped.
  const ticket = useRef(0);

  async function check(event: FormEvent) {
    event.preventDefault();
    if (choice === null) {
      setVerdict({ state: 'invalid', message: 'choose one of the answers first.' });
      return;
    }
    onInteract();
    const mine = ++ticket.current;
    setVerdict({ state: 'checking' });
    try {
      const grade =
        exercise.kind === 'predict'
          ? await gradePredict(exercise, choice, settings)
          : await gradeDiagnose(exercise, choice, settings);
      if (mine !== ticket.current) return;
      progress.attempt(exercise.id, grade.passed);
      setVerdict({ state: 'graded', passed: grade.passed, feedback: grade.feedback });
      setAnswered(true);
    } catch (err) {
      if (mine === ticket.current) setVerdict({ state: 'error', message: errorText(err) });
    }
  }

  return (
    <div className="space-y-6">
      <form onSubmit={(e) => void check(e)} className="space-y-3">
        <fieldset className="space-y-2">
          <legend className="mb-2 text-lg font-bold">{exercise.question}</legend>
          {exercise.choices.map((c, i) => (
            <label
              key={i}
              className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-300 p-2 text-sm has-checked:border-sky-700 has-checked:bg-sky-50 dark:border-slate-600 dark:has-checked:border-sky-400 dark:has-checked:bg-sky-950"
            >
              <input
                type="radio"
                name={`choice-${exercise.id}`}
                value={i}
                checked={choice === i}
                onChange={() => {
                  onInteract();
                  setChoice(i);
                }}
                className="mt-0.5 size-4 shrink-0 accent-sky-700 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
              />
              <span>{c.label}</span>
            </label>
          ))}
        </fieldset>
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="primary">
            Check
          </Button>
          {exercise.kind === 'predict' && answered && (
            <Button
              onClick={() => {
                setWatched(true);
                watch();
              }}
            >
              {watched ? 'Watched: the run is at its end' : 'Watch it happen'}
            </Button>
          )}
        </div>
      </form>
      <VerdictRegion verdict={verdict} />
      <Guidance
        exercise={exercise}
        progress={progress}
        onInteract={onInteract}
        solution={<ChoiceAnswer exercise={exercise} settings={settings} />}
      />
    </div>
  );
}

/** The right choice, as the engine finds it (never a stored answer). */
function ChoiceAnswer({ exercise, settings }: Omit<ChoiceProps, 'progress' | 'onInteract'>) {
  const [right, setRight] = useState<number[] | string | null>(null);
  useEffect(() => {
    let live = true;
    rightChoices(exercise, settings).then(
      (r) => live && setRight(r),
      (err: unknown) => live && setRight(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [exercise, settings]);
  if (right === null) return <p>Running the engine to find the answer…</p>;
  if (typeof right === 'string') return <p>The engine could not run: {right}</p>;
  return (
    <p data-testid="right-answer">
      <span className="font-semibold">The answer: </span>
      {right.length === 0
        ? 'none of the choices matches what the engine did.'
        : right.map((i) => exercise.choices[i]!.label).join('; or ')}
    </p>
  );
}
