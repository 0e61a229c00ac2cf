/**
 * The artifacts of the step shown (YAML, wire text), for the inspector's HTTP and "All artifacts"
 * tabs. Kept apart from the other selectors so that the formatting code loads with those tabs,
 * not with the page.
 */
import { formatHttpRequest, formatHttpResponse, type HttpRequest, type HttpResponse } from '../sim';
import { artifactsForStep, type Artifact } from './artifacts';
import { selectStep } from './selectors';
import { irsaRunOf } from './types';
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
  const irsa = irsaRunOf(snapshot.context);
  const record = step ? snapshot.context.run.steps[step] : null;
  const artifacts = irsa ? artifactsForStep(step, irsa) : record ? wireArtifacts(record) : [];
  byStep.set(step ?? 'setup', artifacts);
  return artifacts;
}

const isRequest = (v: unknown): v is HttpRequest =>
  typeof v === 'object' && v !== null && 'method' in v && 'target' in v && 'headers' in v;
const isResponse = (v: unknown): v is HttpResponse =>
  typeof v === 'object' && v !== null && 'status' in v && 'headers' in v && 'body' in v;

/** `errorResponse` → `Error response`, `imds-request` → `IMDS request`. */
const humanize = (name: string) => {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/-/g, ' ')
    .toLowerCase()
    .replace(/\bimds\b/, 'IMDS');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * A flow without artifact views of its own (EKS Pod Identity) shows each HTTP message its step
 * recorded, on the wire, in the order the record holds them: the same bytes the sim computed.
 * A message recorded twice (a failed step's response is also its error response) is shown once.
 */
function wireArtifacts(record: object): Artifact[] {
  const out: Artifact[] = [];
  const seen = new Set<unknown>();
  const add = (name: string, value: unknown) => {
    if (seen.has(value)) return;
    const text = isRequest(value)
      ? formatHttpRequest(value)
      : isResponse(value)
        ? formatHttpResponse(value)
        : null;
    if (text === null) return;
    seen.add(value);
    out.push({ id: name, title: humanize(name), kind: 'http', text });
  };
  for (const [name, value] of Object.entries(record)) {
    if (typeof value === 'object' && value !== null && 'request' in value && 'response' in value) {
      add(`${name}-request`, (value as { request: unknown }).request);
      add(`${name}-response`, (value as { response: unknown }).response);
    } else add(name, value);
  }
  return out;
}
