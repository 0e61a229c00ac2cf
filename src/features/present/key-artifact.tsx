import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { SlideArtifact } from '../../machine/deck';
import { selectStep } from '../../machine';
import { slideArtifact } from '../../machine/slide-artifact';
import { irsaRunOf } from '../../machine/types';
import { IrsaActor } from '../irsa-actor';
import { excerptLines, readableHttp } from './artifact-excerpt';

/**
 * Characters a row of the artifact column holds at the slide's code size (see present.css): the
 * column is 44% of the slide, the type 2.6% of its height, a monospace glyph about 0.6 em wide.
 */
const COLUMN_CHARS = 42;
/** Rows when the column cannot be measured (a print page not laid out yet). */
const DEFAULT_ROWS = 14;

/**
 * The slide's key artifact, large: read from the run as it stands (the exact bytes the engine
 * produced), cut to the lines worth reading. Until its step has run there is nothing to show,
 * and the panel says what will appear.
 */
export function KeyArtifact({ wanted, waiting }: { wanted: SlideArtifact; waiting: string }) {
  const run = IrsaActor.useSelector((s) => irsaRunOf(s.context));
  const stepId = IrsaActor.useSelector((s) => selectStep(s)?.id ?? null);
  const artifact = useMemo(() => slideArtifact(run, stepId, wanted), [run, stepId, wanted]);
  const [rows, box] = useRows();
  if (!artifact)
    return (
      <p className="deck-t-body self-start rounded-lg border-2 border-dashed border-slate-400 p-[calc(var(--u)*2)] text-slate-700 dark:border-slate-500 dark:text-slate-300">
        {waiting}
      </p>
    );
  const text = artifact.kind === 'http' ? readableHttp(artifact.text) : artifact.text;
  const lines = excerptLines(text, wanted.keep, COLUMN_CHARS, rows);
  return (
    <figure
      data-artifact={artifact.id}
      className="flex max-h-full min-h-0 flex-col gap-[calc(var(--u)*1)] self-start rounded-lg border-2 border-slate-400 bg-slate-50 p-[calc(var(--u)*2)] dark:border-slate-500 dark:bg-slate-900"
    >
      <figcaption className="deck-t-small font-semibold">{artifact.title}</figcaption>
      <div ref={box} className="min-h-0 flex-1 overflow-hidden">
        <pre className="deck-t-small font-mono break-all whitespace-pre-wrap">
          {lines.map((line, i) => (
            // Continuation rows of a wrapped line are indented, so each line reads as one.
            <span key={i} className="block pl-[2ch] -indent-[2ch]">
              {line || ' '}
            </span>
          ))}
        </pre>
      </div>
    </figure>
  );
}

/** How many rows of code the column holds: its free height over the code's line height. */
function useRows(): [number, (node: HTMLDivElement | null) => void] {
  const [node, setNode] = useState<HTMLDivElement | null>(null);
  const [rows, setRows] = useState(DEFAULT_ROWS);
  const figure = useRef<Element | null>(null);
  useLayoutEffect(() => {
    if (!node || typeof ResizeObserver === 'undefined') return;
    figure.current = node.closest('[data-slide]');
    const measure = () => {
      // A phone's slide is a page that grows with its content: every line may wrap.
      if (node.closest('.deck-fluid')) return setRows(Infinity);
      const slide = figure.current?.getBoundingClientRect();
      const own = node.getBoundingClientRect();
      if (!slide || slide.height === 0) return;
      // Room from the top of the code to the slide's footer, in rows of 2.6% × 1.3 of the slide.
      const free = slide.bottom - own.top - slide.height * 0.12;
      setRows(Math.max(4, Math.floor(free / (slide.height * 0.026 * 1.3))));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node.closest('[data-slide]') ?? node);
    return () => observer.disconnect();
  }, [node]);
  return [rows, setNode];
}
