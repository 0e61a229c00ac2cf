/**
 * `#/train/answers`, for instructors: every exercise with its kind, its right answer and its
 * explanation. The answers are computed here by the engine, as grading computes them (a
 * prediction by running the start, a diagnosis by running every cure, an edit's reference
 * solution filled with the start's names). Printable: dark on white, no controls.
 */
import { useEffect, useState } from 'react';
import { Button } from '../../components/button';
import { EXERCISES, type Exercise } from '../../machine/training/exercises';
import { settingsFor } from '../../machine';
import { formatTrain } from '../../lib/url-state';
import { rightChoices, solutionFields } from './answers';
import { groupLabel, KIND_LABELS } from './labels';
import { errorText } from './verdict';

type Answers = Record<string, number[] | { error: string }>;

export function AnswerKey({ seed }: { seed: string | null }) {
  // The answers do not depend on the keys: without a seed, the demo key spares generating one
  // key pair per run.
  const [settings] = useState(() => settingsFor(seed ?? 'demo'));
  const [answers, setAnswers] = useState<Answers>({});
  useEffect(() => {
    let live = true;
    for (const e of EXERCISES)
      if (e.kind === 'predict' || e.kind === 'diagnose')
        rightChoices(e, settings).then(
          (right) => live && setAnswers((all) => ({ ...all, [e.id]: right })),
          (err: unknown) =>
            live && setAnswers((all) => ({ ...all, [e.id]: { error: errorText(err) } })),
        );
    return () => {
      live = false;
    };
  }, [settings]);
  const pending = EXERCISES.filter(
    (e) => (e.kind === 'predict' || e.kind === 'diagnose') && !answers[e.id],
  ).length;
  const ready = pending === 0;
  return (
    <article
      data-ready={ready}
      aria-busy={!ready}
      className="mx-auto max-w-4xl space-y-6 p-3 leading-relaxed sm:p-4 print:max-w-none print:p-0 print:text-black"
    >
      <header className="space-y-2">
        <nav aria-label="Training" className="text-sm print:hidden">
          <a
            href={formatTrain('list', null, seed)}
            className="font-semibold text-sky-800 underline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:text-sky-300"
          >
            ← All exercises
          </a>
        </nav>
        <h1 className="text-2xl font-bold">Training: the answer key</h1>
        <p>
          Every exercise with its answer and why. The answers were computed in this browser by
          running the engine, as grading does (with the seed {seed ?? 'demo'}; the answers do not
          depend on the keys). For an edit, the reference solution is one of many: any edit that
          passes the run of every pod is right.
        </p>
        <div className="flex flex-wrap items-center gap-3 print:hidden">
          <Button variant="primary" unavailable={!ready} onClick={() => window.print()}>
            Print
          </Button>
          <p role="status" className="text-sm">
            {ready ? 'Every answer is computed.' : `Computing ${pending} answers…`}
          </p>
        </div>
      </header>
      <ol className="space-y-6">
        {EXERCISES.map((e, i) => (
          <li key={e.id} data-answer={e.id} className="break-inside-avoid space-y-2">
            <h2 className="text-lg font-bold">
              {i + 1}. {e.title}
            </h2>
            <p className="text-sm">
              <span className="font-semibold">{KIND_LABELS[e.kind]}</span> · {groupLabel(e)} ·{' '}
              <a
                href={formatTrain('exercise', e.id, seed)}
                className="font-mono text-sky-800 underline dark:text-sky-300 print:text-black print:no-underline"
              >
                {e.id}
              </a>
            </p>
            <p className="text-sm">{e.brief}</p>
            <Answer exercise={e} answer={answers[e.id]} />
            <p>
              <span className="font-semibold">Why: </span>
              {e.explanation}
            </p>
          </li>
        ))}
      </ol>
    </article>
  );
}

function Answer({ exercise, answer }: { exercise: Exercise; answer: Answers[string] | undefined }) {
  if (exercise.kind === 'predict' || exercise.kind === 'diagnose') {
    const { question, choices } = exercise;
    return (
      <p data-right-answer>
        <span className="font-semibold">{question} </span>
        {answer === undefined
          ? 'Computing…'
          : 'error' in answer
            ? `The engine could not run: ${answer.error}`
            : answer.length === 0
              ? 'None of the choices matches what the engine did.'
              : answer.map((c) => choices[c]!.label).join('; or ')}
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <p className="font-semibold">The reference edit:</p>
      {solutionFields(exercise).map((f) => (
        <div key={f.field}>
          <p className="text-sm">{f.label}</p>
          <pre className="rounded bg-slate-100 p-2 font-mono text-xs whitespace-pre-wrap wrap-anywhere dark:bg-slate-900 print:bg-white print:p-0">
            {f.value}
          </pre>
        </div>
      ))}
    </div>
  );
}
