/**
 * The artifacts of the step shown (YAML, wire text), for the inspector's HTTP and "All artifacts"
 * tabs. Kept apart from the other selectors so that the formatting code loads with those tabs,
 * not with the page.
 */
import { artifactsForStep, type Artifact } from './artifacts';
import { selectStep } from './selectors';
import type { IrsaSnapshot } from './selectors';
import type { IrsaStepId } from '../sim';

// Formatting artifacts (YAML, wire text) is done once per run record and step, not per render.
const artifactCache = new WeakMap<object, Map<string, Artifact[]>>();

export function selectArtifacts(snapshot: IrsaSnapshot): Artifact[] {
  const { run } = snapshot.context;
  // Every step of the walk is one of IRSA's: the machine's run is IRSA's record.
  const step = (selectStep(snapshot)?.id ?? null) as IrsaStepId | null;
  const byStep = artifactCache.get(run) ?? new Map<string, Artifact[]>();
  artifactCache.set(run, byStep);
  const cached = byStep.get(step ?? 'setup');
  if (cached) return cached;
  const artifacts = artifactsForStep(step, run);
  byStep.set(step ?? 'setup', artifacts);
  return artifacts;
}
