/**
 * A slide's key artifact, for the deck and the handout alike: the artifact the slide names, from
 * the run's step it stands at, and the lines its `keep` list picks. Imported directly (not through
 * `index.ts`): it brings the artifact formatting, which loads with the deck.
 */
import type { SlideArtifact } from '../content/slides';
import { artifactsForStep, type Artifact } from './artifacts';
import type { IrsaStepId, RunRecord } from '../sim';

/** The artifact `wanted` names at a step of the run (null = Setup); null until it exists. */
export function slideArtifact(
  run: RunRecord | null,
  stepId: string | null,
  wanted: SlideArtifact | undefined,
): Artifact | null {
  if (!run || !wanted) return null;
  return artifactsForStep(stepId as IrsaStepId | null, run).find((a) => a.id === wanted.id) ?? null;
}

/**
 * The lines of `text` that contain one of `keep`, in order, with one "…" for each run of lines
 * left out. Without `keep`, every line, byte for byte.
 */
export function keptLines(text: string, keep?: readonly string[]): string[] {
  const lines = text.split('\n');
  if (!keep?.length) return lines;
  const kept: string[] = [];
  for (const line of lines) {
    if (keep.some((k) => line.includes(k))) kept.push(line);
    else if (kept.at(-1) !== '…') kept.push('…');
  }
  return kept;
}
