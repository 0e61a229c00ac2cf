/**
 * The editors of a fix or secure exercise, as pure functions: each editable field's text drawn
 * from a scenario, and the trainee's texts turned back into scenario changes, with the message
 * for each field that cannot be run (an invalid policy, a name Kubernetes would refuse, a
 * duration that is not a number). Only changed fields become changes, so a field left alone
 * keeps what the start meant (a generated policy stays generated from the names).
 */
import type { EditableField } from '../../machine/training/exercises';
import type { ScenarioChanges } from '../../content/scenarios/types';
import { applyChanges, placeholderValues, type Scenario } from '../../machine';
import { policyTextError, rolePolicies, scenarioFieldErrors } from '../../machine/lab';

export type FieldKind = 'policy' | 'text' | 'number' | 'list';

export const FIELD_INFO: Record<EditableField, { label: string; kind: FieldKind; hint?: string }> =
  {
    trustPolicy: { label: 'Trust policy', kind: 'policy' },
    permissionPolicy: { label: 'Permission policy', kind: 'policy' },
    namespace: { label: "The pod's namespace", kind: 'text' },
    serviceAccountName: { label: 'ServiceAccount name', kind: 'text' },
    roleArnAnnotation: {
      label: 'Annotation eks.amazonaws.com/role-arn',
      kind: 'text',
      hint: 'The role ARN the ServiceAccount names.',
    },
    tokenAudience: {
      label: 'Annotation eks.amazonaws.com/audience',
      kind: 'text',
      hint: "The projected token's aud.",
    },
    providerClientIds: {
      label: "IAM OIDC provider's client IDs",
      kind: 'list',
      hint: 'Comma-separated: the audiences STS accepts.',
    },
    sessionDurationSeconds: {
      label: 'Session duration the SDK asks for (seconds)',
      kind: 'number',
    },
    roleMaxSessionDurationSeconds: {
      label: "The role's MaxSessionDuration (seconds)",
      kind: 'number',
    },
  };

export type Draft = Partial<Record<EditableField, string>>;

/** A field's value in a scenario, as its editor shows it (generated values written out). */
export function fieldText(scenario: Scenario, field: EditableField): string {
  const { wiring } = scenario;
  switch (field) {
    case 'trustPolicy':
      return wiring.trustPolicy ?? rolePolicies(scenario).trust;
    case 'permissionPolicy':
      return wiring.permissionPolicy ?? rolePolicies(scenario).permission;
    case 'roleArnAnnotation':
      return wiring.roleArnAnnotation ?? placeholderValues(scenario).roleArn!;
    case 'tokenAudience':
      return wiring.tokenAudience;
    case 'providerClientIds':
      return wiring.providerClientIds.join(', ');
    case 'namespace':
    case 'serviceAccountName':
      return scenario[field];
    case 'sessionDurationSeconds':
    case 'roleMaxSessionDurationSeconds':
      return String(scenario[field]);
  }
}

export function draftOf(scenario: Scenario, fields: readonly EditableField[]): Draft {
  return Object.fromEntries(fields.map((f) => [f, fieldText(scenario, f)]));
}

export interface DraftResult {
  changes: ScenarioChanges;
  /** Field → why it cannot be run; empty when every field can. */
  errors: Partial<Record<EditableField, string>>;
}

/** The trainee's texts as changes on top of the start, and what stops any of them running. */
export function changesOf(
  start: Scenario,
  fields: readonly EditableField[],
  draft: Draft,
): DraftResult {
  const names: NonNullable<ScenarioChanges['names']> = {};
  const wiring: NonNullable<ScenarioChanges['wiring']> = {};
  const errors: DraftResult['errors'] = {};
  for (const field of fields) {
    const text = draft[field] ?? '';
    if (text === fieldText(start, field)) continue;
    switch (field) {
      case 'trustPolicy':
      case 'permissionPolicy': {
        const problem = policyTextError(text);
        if (problem) errors[field] = problem;
        wiring[field] = text;
        break;
      }
      case 'roleArnAnnotation':
      case 'tokenAudience':
        wiring[field] = text.trim();
        break;
      case 'providerClientIds':
        wiring.providerClientIds = text
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean);
        break;
      case 'namespace':
      case 'serviceAccountName':
        names[field] = text;
        break;
      case 'sessionDurationSeconds':
      case 'roleMaxSessionDurationSeconds':
        if (/^\s*\d{1,9}\s*$/.test(text)) names[field] = Number(text);
        else errors[field] = 'Enter a whole number of seconds, for example 3600.';
        break;
    }
  }
  const changes: ScenarioChanges = {};
  if (Object.keys(names).length) changes.names = names;
  if (Object.keys(wiring).length) changes.wiring = wiring;
  // The names' own rules (a namespace is a DNS label, a duration has bounds), at their fields.
  const ruleErrors = scenarioFieldErrors(applyChanges(start, changes)) as Partial<
    Record<string, string>
  >;
  for (const field of fields) {
    const rule = ruleErrors[field];
    if (rule && !errors[field]) errors[field] = rule;
  }
  return { changes, errors };
}

/** The fields a set of changes touches, each with its value in the changed scenario. */
export function changedFields(
  start: Scenario,
  changes: ScenarioChanges,
): { field: string; label: string; value: string }[] {
  const changed = applyChanges(start, changes);
  const keys = [...Object.keys(changes.names ?? {}), ...Object.keys(changes.wiring ?? {})];
  return keys.map((key) => {
    const info = FIELD_INFO[key as EditableField] as (typeof FIELD_INFO)[EditableField] | undefined;
    const value = info
      ? fieldText(changed, key as EditableField)
      : JSON.stringify(
          (changed as unknown as Record<string, unknown>)[key] ??
            (changed.wiring as unknown as Record<string, unknown>)[key],
        );
    return { field: key, label: info?.label ?? key, value };
  });
}
