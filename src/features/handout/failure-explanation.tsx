import { useMemo } from 'react';
import type { Slide } from '../../machine/deck';
import {
  catalogueOf,
  selectError,
  selectOutcome,
  selectPosition,
  selectStatusText,
} from '../../machine';
import { slideArtifact } from '../../machine/slide-artifact';
import { irsaRunOf } from '../../machine/types';
import { IrsaActor } from '../irsa-actor';
import { ArtifactExcerpt } from './artifact-excerpt';
import { HandoutRun, useSettled } from './handout-run';

const LABEL = 'font-semibold';

/**
 * A failure slide explained: its catalogue entry run to the hop that refuses it (AWS's own answer),
 * the cause, the fix and the run with the fix applied, and the commands that check the same thing
 * on a real cluster. Placeholders are filled from the scenario that ran, as the scenario card does.
 */
export function FailureExplanation({
  slide,
  seed,
  onSettled,
}: {
  slide: Slide;
  seed: string | null;
  onSettled: (id: string, settled: boolean) => void;
}) {
  const { scenario: id, step } = slide.run!;
  const catalogue = catalogueOf('irsa');
  const entry = catalogue.entry(id ?? catalogue.defaultId)!;
  const fill = useMemo(() => {
    const scenario = catalogue.choice(entry.id, false).scenario;
    return (text: string) => catalogue.fill(text, scenario);
  }, [catalogue, entry]);
  const headingId = `handout-${slide.id}`;
  return (
    <section aria-labelledby={headingId} data-failure={slide.id} className="space-y-3">
      <div className="space-y-2 break-inside-avoid">
        <h3 id={headingId} className="text-lg font-bold break-after-avoid">
          {slide.title}
        </h3>
        <p className="text-lg">{slide.narration}</p>
      </div>
      <HandoutRun
        id={slide.id}
        scenario={entry.id}
        fix={false}
        target={step}
        seed={seed}
        onSettled={onSettled}
      >
        <RefusedHop slide={slide} />
      </HandoutRun>
      <p className="break-inside-avoid">
        <span className={LABEL}>Why: </span>
        {fill(entry.cause)}
      </p>
      {entry.fix && (
        <div className="break-inside-avoid">
          <p>
            <span className={LABEL}>The fix: </span>
            {fill(entry.fix.summary)}.
          </p>
          <HandoutRun
            id={`${slide.id}-fixed`}
            scenario={entry.id}
            fix
            target={6}
            seed={seed}
            onSettled={onSettled}
          >
            <FixedVerdict />
          </HandoutRun>
        </div>
      )}
      <div className="break-inside-avoid">
        <p className={LABEL}>Check it on a real cluster:</p>
        <pre className="mt-1 rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs leading-relaxed wrap-anywhere whitespace-pre-wrap dark:border-slate-700 dark:bg-slate-900 print:border-slate-500 print:bg-white print:text-black">
          <code>{entry.verify.map(fill).join('\n')}</code>
        </pre>
      </div>
    </section>
  );
}

/** AWS's answer at the hop where the run stopped, and that answer on the wire. */
function RefusedHop({ slide }: { slide: Slide }) {
  const settled = useSettled();
  const error = IrsaActor.useSelector(selectError);
  const position = IrsaActor.useSelector(selectPosition);
  const flow = IrsaActor.useSelector((s) => s.context.flow);
  const run = IrsaActor.useSelector((s) => irsaRunOf(s.context));
  const status = IrsaActor.useSelector(selectStatusText);
  const artifact = useMemo(() => {
    const step = flow.steps[position - 1];
    if (!run || !step) return null;
    return slideArtifact(run, step.id, slide.artifact);
  }, [flow, position, run, slide]);
  if (!settled) return <p>Computing…</p>;
  if (!error) return <p>This run did not fail: {status}.</p>;
  return (
    <div className="space-y-2 break-inside-avoid">
      <p>
        <span className={LABEL}>
          AWS answers at step {position} ({flow.steps[position - 1]?.title}):{' '}
        </span>
        <code data-aws-code={error.awsCode} className="font-mono font-semibold">
          {error.awsCode}
        </code>
        : {error.message}
      </p>
      {artifact && <ArtifactExcerpt artifact={artifact} keep={slide.artifact?.keep} />}
    </div>
  );
}

/** What the same run gives with the fix applied, as it really ran. */
function FixedVerdict() {
  const settled = useSettled();
  const outcome = IrsaActor.useSelector(selectOutcome);
  const status = IrsaActor.useSelector(selectStatusText);
  const run = IrsaActor.useSelector((s) => irsaRunOf(s.context));
  // S3's status line, as the run received it.
  const answer = useMemo(
    () => slideArtifact(run, 'pod-to-s3', { id: 's3-response' })?.text.split('\n')[0],
    [run],
  );
  if (!settled) return <p>Computing the run with the fix…</p>;
  return (
    <p data-verdict={outcome}>
      <span className={LABEL}>With the fix, this run: </span>
      {outcome === 'succeeded'
        ? `✓ all six steps pass; S3 answers ${answer}.`
        : outcome === 'warning'
          ? `⚠ succeeds, but the trust policy lets more than this ServiceAccount in (${status}).`
          : `✕ still fails: ${status}.`}
    </p>
  );
}
