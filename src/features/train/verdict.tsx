/**
 * The answer's verdict, in a polite live region that is always in the page (so screen readers
 * announce each new verdict): "Checking…", "Correct" or "Not yet" with the engine's feedback
 * (the misconception first), or why the answer could not be checked.
 */
export type Verdict =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'invalid'; message: string }
  | { state: 'graded'; passed: boolean; feedback: string[] }
  | { state: 'error'; message: string };

export function VerdictRegion({ verdict }: { verdict: Verdict }) {
  const tone =
    verdict.state === 'graded'
      ? verdict.passed
        ? 'border-green-700 bg-green-50 dark:border-green-400 dark:bg-green-950'
        : 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950'
      : 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950';
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="verdict"
      data-verdict={
        verdict.state === 'graded' ? (verdict.passed ? 'correct' : 'wrong') : verdict.state
      }
      className={`min-h-6 text-sm ${verdict.state === 'idle' ? '' : `rounded-md border-l-4 px-3 py-2 ${tone}`}`}
    >
      {verdict.state === 'checking' && <p>Checking: the engine is running your answer…</p>}
      {(verdict.state === 'invalid' || verdict.state === 'error') && (
        <p>
          <strong>{verdict.state === 'invalid' ? 'Not checked: ' : 'Could not check: '}</strong>
          {verdict.message}
        </p>
      )}
      {verdict.state === 'graded' && (
        <>
          <p className="font-bold">{verdict.passed ? '✓ Correct.' : '✕ Not yet.'}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {verdict.feedback.map((line, i) => (
              <li key={i} className="wrap-anywhere">
                {line}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));
