import { useCallback, useState, type ComponentType } from 'react';
import { Button } from '../../components/button';
import { DECK } from '../../machine/deck';
import { ExchangeSteps } from './exchange-steps';
import { FailureExplanation } from './failure-explanation';
import { HandoutRun } from './handout-run';

const FAILURE_SLIDES = DECK.filter((s) => s.kind === 'failure');
/** Every run on the page: the one that works, then each failure and its fix. */
const RUNS = ['exchange', ...FAILURE_SLIDES.flatMap((s) => [s.id, `${s.id}-fixed`])];

/**
 * `#/handout`: the deck as a printable handout, computed here. One section per step of the run
 * that works (narration, the flow's words, its key artifacts), then the three failures explained.
 * "Preparing…" until every run has settled; then `data-ready` is set, for printing and tests.
 */
export default function HandoutPage({
  seed,
  views,
}: {
  seed: string | null;
  views: { Diagram: ComponentType };
}) {
  const [settled, setSettled] = useState<Record<string, boolean>>({});
  const onSettled = useCallback(
    (id: string, done: boolean) =>
      setSettled((all) => (all[id] === done ? all : { ...all, [id]: done })),
    [],
  );
  const ready = RUNS.every((id) => settled[id]);
  return (
    <article
      data-ready={ready}
      aria-busy={!ready}
      className="mx-auto max-w-4xl space-y-8 p-4 leading-relaxed wrap-break-word sm:p-6 print:max-w-none print:space-y-6 print:p-0 print:text-black"
    >
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">
          How a pod on EKS gets AWS credentials: the IRSA handout
        </h1>
        <p>
          Everything below was computed in this browser: the signing key, the projected token, the
          requests and AWS&apos;s answers are what this page&apos;s runs produced, not pictures.{' '}
          {seed === null ? (
            <>
              No seed: a key pair generated for this page and the real clock, so another visit gives
              other bytes.
            </>
          ) : (
            <>
              Seed <strong>{seed}</strong>: the bundled demo key, a fixed clock (2026-11-28 12:00
              UTC) and ids seeded by the word, so everyone with this link gets the same bytes.
            </>
          )}
        </p>
        <div className="flex flex-wrap items-center gap-3 print:hidden">
          <Button variant="primary" unavailable={!ready} onClick={() => window.print()}>
            Print
          </Button>
          <p role="status" className="text-sm">
            {ready ? 'Ready to print: every run has finished.' : 'Preparing…'}
          </p>
        </div>
      </header>
      <HandoutRun
        id="exchange"
        scenario={null}
        fix={false}
        target={6}
        seed={seed}
        onSettled={onSettled}
      >
        <ExchangeSteps Diagram={views.Diagram} />
      </HandoutRun>
      <section aria-labelledby="handout-failures" className="space-y-6">
        <h2 id="handout-failures" className="text-xl font-bold break-after-avoid">
          When it breaks
        </h2>
        {FAILURE_SLIDES.map((slide) => (
          <FailureExplanation key={slide.id} slide={slide} seed={seed} onSettled={onSettled} />
        ))}
      </section>
    </article>
  );
}
