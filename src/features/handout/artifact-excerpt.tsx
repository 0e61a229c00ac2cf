import type { Artifact } from '../../machine/artifacts';
import { keptLines } from '../../machine/slide-artifact';

/**
 * An artifact of a real run as exact text: it wraps anywhere and never scrolls, so a printed page
 * cuts nothing off at its edge.
 */
export function ArtifactExcerpt({
  artifact,
  keep,
}: {
  artifact: Artifact;
  keep?: readonly string[];
}) {
  const text = keptLines(artifact.text, keep).join('\n');
  return (
    <figure className="min-w-0 break-inside-avoid">
      <figcaption className="mb-1 text-sm font-semibold">
        {artifact.title}
        {text !== artifact.text && (
          <span className="font-normal text-slate-700 dark:text-slate-300 print:text-black">
            {' '}
            (the lines that matter; … marks the others)
          </span>
        )}
      </figcaption>
      <pre
        data-handout-artifact={artifact.id}
        className="rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs leading-relaxed wrap-anywhere whitespace-pre-wrap text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 print:border-slate-500 print:bg-white print:text-black"
      >
        <code>{text}</code>
      </pre>
    </figure>
  );
}
