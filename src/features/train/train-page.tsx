/**
 * `#/train` and its pages (loaded lazily by the app, under the page header): the list, one
 * exercise, the answer key, a trainee's printable summary (`summary-page.tsx`, with the
 * progress tools, belongs to the progress code). The exercise page and the answer key
 * bring the grading code (`machine/training/`) and arrive in chunks of their own.
 */
import { lazy, Suspense } from 'react';
import type { TrainPage as Page } from '../../lib/url-state';
import { ExerciseList } from './exercise-list';

const ExercisePage = lazy(() => import('./exercise-page'));
const SummaryPage = lazy(() => import('./summary-page').then((m) => ({ default: m.SummaryPage })));
const AnswerKey = lazy(() => import('./answer-key').then((m) => ({ default: m.AnswerKey })));

export default function TrainPage({
  seed,
  page,
  exercise,
}: {
  seed: string | null;
  page: Page;
  exercise: string | null;
}) {
  return (
    <Suspense fallback={<p className="p-4">Loading…</p>}>
      {page === 'exercise' ? (
        <ExercisePage id={exercise} seed={seed} />
      ) : page === 'answers' ? (
        <AnswerKey seed={seed} />
      ) : page === 'summary' ? (
        <SummaryPage seed={seed} />
      ) : (
        <ExerciseList seed={seed} />
      )}
    </Suspense>
  );
}
