/**
 * The artifacts of the step shown (YAML, wire text), for the inspector's HTTP and "All artifacts"
 * tabs. Kept apart from the other selectors so that the formatting code loads with those tabs,
 * not with the page.
 */
import { artifactsForStep, type Artifact } from './artifacts';
import { selectPosition } from './selectors';
import type { IrsaSnapshot } from './selectors';

// Formatting artifacts (YAML, wire text) is done once per run record and position, not per render.
const artifactCache = new WeakMap<object, Map<number, Artifact[]>>();

export function selectArtifacts(snapshot: IrsaSnapshot): Artifact[] {
  const { run } = snapshot.context;
  const position = selectPosition(snapshot);
  const byPosition = artifactCache.get(run) ?? new Map<number, Artifact[]>();
  artifactCache.set(run, byPosition);
  const cached = byPosition.get(position);
  if (cached) return cached;
  const artifacts = artifactsForStep(position, run);
  byPosition.set(position, artifacts);
  return artifacts;
}
