/**
 * Diagnose: the engine run on the user's own objects. The pastes are read (`sim/paste`), the
 * world is built from them with every missing fact assumed and said (`*-world.ts`), the steps
 * run, and each repair that gets the run further is a cause, with its fix in the user's names.
 * Nothing here stores or sends what was pasted. Loaded with the page only (it carries `yaml`).
 */
import { IRSA_FLOW } from '../../content/flows/irsa';
import { POD_IDENTITY_FLOW } from '../../content/flows/pod-identity';
import { parsePolicy } from '../../sim/iam/policy';
import { describeParseError } from '../../sim/parse-result';
import { readPastes } from '../../sim/paste/read-pastes';
import { PASTE_FIELDS, type PastedObjects, type PasteField } from '../../sim/paste/types';
import type { RunSettings } from '../environment';
import { runToEnd, type RunOutcome } from '../training/run-to-end';
import type { FlowScenario } from '../types';
import { compareError } from './compare-error';
import { IRSA_REPAIRS } from './irsa-repairs';
import { buildIrsaWorld } from './irsa-world';
import { POD_IDENTITY_REPAIRS } from './pod-identity-repairs';
import { buildPodIdentityWorld } from './pod-identity-world';
import type { Repair } from './repair';
import type { Diagnosis, DiagnoseFlow, DiagnosisFix, DiagnosisOutcome, Pastes } from './types';
import type { Built } from './world';

/** A field's label, as the page and every message name it: "Role", "Pod Identity association". */
export { pasteFieldLabel } from '../../sim/paste/wrong-field';

/** The fields in the order the page shows them. */
export { PASTE_FIELDS } from '../../sim/paste/types';

const order = (field: PasteField) => PASTE_FIELDS.indexOf(field);

/** More causes than this in one setup means the pastes describe something else: stop there. */
const MAX_FIXES = 6;

export async function diagnose(
  flow: DiagnoseFlow,
  pastes: Pastes,
  settings: RunSettings,
  nowEpochSeconds: number,
): Promise<Diagnosis> {
  // Each flow reads only its own fields: IRSA has no association, Pod Identity no OIDC provider.
  const used =
    flow === 'irsa'
      ? { ...pastes, association: undefined }
      : { ...pastes, oidcProviders: undefined };
  const { read, errors } = readPastes(used);
  const fieldErrors: Partial<Record<PasteField, string>> = {};
  for (const [field, error] of Object.entries(errors))
    fieldErrors[field as PasteField] = describeParseError(error);
  Object.assign(fieldErrors, policyErrors(read), { ...fieldErrors });
  if (Object.keys(fieldErrors).length > 0) return { flow, fieldErrors, run: null };

  const world =
    flow === 'irsa'
      ? buildIrsaWorld(read, nowEpochSeconds)
      : buildPodIdentityWorld(read, nowEpochSeconds);
  if (Object.keys(world.fieldErrors).length > 0)
    return { flow, fieldErrors: world.fieldErrors, run: null };

  const steps = (flow === 'irsa' ? IRSA_FLOW : POD_IDENTITY_FLOW).steps;
  const outcomeOf = (o: RunOutcome): DiagnosisOutcome => ({
    failedAt: o.failedAt,
    stepTitle: o.failedAt ? (steps[o.failedAt - 1]?.title ?? null) : null,
    awsCode: o.awsCode,
    message: o.message,
  });
  const repairs = (flow === 'irsa' ? IRSA_REPAIRS : POD_IDENTITY_REPAIRS) as Repair<FlowScenario>[];
  const first = await runToEnd(flow, world.scenario, settings);
  const { fixes, last } = await findFixes(flow, world, repairs, first, settings);
  const outcome = outcomeOf(first);
  const pastedFields = (Object.keys(read) as PasteField[]).filter((f) => read[f] !== undefined);
  return {
    flow,
    fieldErrors: {},
    run: {
      readAs: [...world.readAs].sort((a, b) => order(a.field) - order(b.field)),
      assumptions: world.assumptions,
      outcome,
      fixes,
      fixedOutcome: fixes.length > 0 || first.failedAt !== null ? outcomeOf(last) : null,
      error: read.error
        ? compareError(flow, read.error, outcome, pastedFields, (n) => steps[n - 1]?.title ?? '')
        : null,
    },
  };
}

/** IAM's grammar, at the paste: a policy IAM would refuse to store is not a policy the role has. */
function policyErrors(read: PastedObjects): Partial<Record<PasteField, string>> {
  const errors: Partial<Record<PasteField, string>> = {};
  const check = (field: PasteField, what: string, text: string | undefined) => {
    if (text === undefined) return;
    const parsed = parsePolicy(text);
    if (!parsed.ok)
      errors[field] =
        `The ${what} is not a valid IAM policy: ${parsed.error.message}${parsed.error.path ? ` (at ${parsed.error.path})` : ''}`;
  };
  check('role', 'trust policy', read.role?.trustPolicy);
  check('permissionPolicy', 'permission policy', read.permissionPolicy?.document);
  return errors;
}

/** How much further a run got than another: success beats any step; the same step counts only with another error. */
function progress(next: RunOutcome, current: RunOutcome): number {
  if (next.failedAt === null) return Number.POSITIVE_INFINITY;
  if (current.failedAt === null) return Number.NEGATIVE_INFINITY;
  if (next.failedAt > current.failedAt) return next.failedAt;
  const other =
    next.awsCode !== current.awsCode ||
    next.message !== current.message ||
    next.failedCheck !== current.failedCheck;
  return next.failedAt === current.failedAt && other
    ? current.failedAt + 0.5
    : Number.NEGATIVE_INFINITY;
}

/**
 * Repair after repair: of the repairs this world needs, the one whose run gets furthest is the
 * cause of the current failure (ties: the first listed, the most specific). Its fix is written
 * from the world before the repair, then the next failure is looked at.
 */
async function findFixes(
  flow: DiagnoseFlow,
  world: Built<FlowScenario>,
  repairs: Repair<FlowScenario>[],
  first: RunOutcome,
  settings: RunSettings,
): Promise<{ fixes: DiagnosisFix[]; last: RunOutcome }> {
  const fixes: DiagnosisFix[] = [];
  const done = new Set<string>();
  let current = world.scenario;
  let outcome = first;
  while (outcome.failedAt !== null && fixes.length < MAX_FIXES) {
    let best: {
      repair: Repair<FlowScenario>;
      scenario: FlowScenario;
      outcome: RunOutcome;
      gain: number;
    } | null = null;
    for (const repair of repairs) {
      if (done.has(repair.id) || !repair.applies(world, current)) continue;
      const scenario = repair.apply(world, current);
      const next = await runToEnd(flow, scenario, settings);
      const gain = progress(next, outcome);
      if (gain > Number.NEGATIVE_INFINITY && (!best || gain > best.gain))
        best = { repair, scenario, outcome: next, gain };
    }
    if (!best) break;
    fixes.push({ id: best.repair.id, ...best.repair.fix(world, current) });
    done.add(best.repair.id);
    current = best.scenario;
    outcome = best.outcome;
  }
  return { fixes, last: outcome };
}
