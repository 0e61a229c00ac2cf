import { useEffect, useState } from 'react';
import { selectRolePolicies, selectScenario } from '../../machine';
import {
  COMMERCIAL_REGIONS,
  scenarioFieldErrors,
  type Scenario,
  type ScenarioField,
} from '../../machine/lab';
import { IrsaActor } from '../irsa-actor';
import { PolicyEditor } from './policy-editor';
import { TextField } from './text-field';

type Draft = Record<ScenarioField, string>;

const FIELDS: { field: ScenarioField; label: string; hint?: string; numeric?: boolean }[] = [
  { field: 'accountId', label: 'Account ID' },
  { field: 'region', label: 'Region' },
  { field: 'clusterOidcId', label: 'Cluster OIDC id' },
  { field: 'namespace', label: 'Namespace' },
  { field: 'serviceAccountName', label: 'Service account' },
  { field: 'podName', label: 'Pod name' },
  { field: 'roleName', label: 'Role name' },
  { field: 'bucketNames', label: 'Bucket names', hint: 'Comma-separated.' },
  { field: 'tokenExpirationSeconds', label: 'Token lifetime (seconds)', numeric: true },
  { field: 'sessionDurationSeconds', label: 'Session duration (seconds)', numeric: true },
  {
    field: 'roleMaxSessionDurationSeconds',
    label: "Role's maximum session duration (seconds)",
    numeric: true,
  },
];

const toDraft = (s: Scenario): Draft => ({
  accountId: s.accountId,
  region: s.region,
  clusterOidcId: s.clusterOidcId,
  namespace: s.namespace,
  serviceAccountName: s.serviceAccountName,
  podName: s.podName,
  roleName: s.roleName,
  bucketNames: s.bucketNames.join(', '),
  tokenExpirationSeconds: String(s.tokenExpirationSeconds),
  sessionDurationSeconds: String(s.sessionDurationSeconds),
  roleMaxSessionDurationSeconds: String(s.roleMaxSessionDurationSeconds),
});

const fromDraft = (d: Draft, base: Scenario): Scenario => ({
  ...base,
  ...d,
  bucketNames: d.bucketNames
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b !== ''),
  tokenExpirationSeconds: Number(d.tokenExpirationSeconds),
  sessionDurationSeconds: Number(d.sessionDurationSeconds),
  roleMaxSessionDurationSeconds: Number(d.roleMaxSessionDurationSeconds),
});

/**
 * The "Scenario" panel: every name and duration, checked by its real rule as you type. An
 * invalid value is kept and explained at its field, and the run waits; a valid change re-runs.
 */
export default function ScenarioEditor({ onEdit }: { onEdit: (scenario: Scenario) => void }) {
  const scenario = IrsaActor.useSelector(selectScenario);
  const policies = IrsaActor.useSelector(selectRolePolicies);
  const [draft, setDraft] = useState<Draft>(() => toDraft(scenario));
  // A scenario loaded from elsewhere (the picker, "Apply the fix") replaces the draft.
  const [shown, setShown] = useState(scenario);
  if (scenario !== shown) {
    setShown(scenario);
    setDraft(toDraft(scenario));
  }
  const next = fromDraft(draft, scenario);
  const errors = scenarioFieldErrors(next);
  const valid = Object.keys(errors).length === 0;
  const changed = JSON.stringify(next) !== JSON.stringify(scenario);

  useEffect(() => {
    if (!valid || !changed) return;
    const timer = window.setTimeout(() => onEdit(next), 400);
    return () => window.clearTimeout(timer);
  });

  return (
    <section aria-labelledby="scenario-panel-title" className="space-y-3">
      <h2 id="scenario-panel-title" className="text-base font-bold">
        Scenario
      </h2>
      {!valid && (
        <p role="alert" className="text-sm font-semibold text-red-800 dark:text-red-300">
          The run waits until every field is valid.
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {FIELDS.map(({ field, label, hint, numeric }) => (
          <TextField
            key={field}
            label={label}
            value={draft[field]}
            error={errors[field]}
            hint={hint}
            inputMode={numeric ? 'numeric' : undefined}
            list={field === 'region' ? 'aws-regions' : undefined}
            onChange={(value) => setDraft({ ...draft, [field]: value })}
          />
        ))}
      </div>
      <datalist id="aws-regions">
        {COMMERCIAL_REGIONS.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <PolicyEditor
        label="Trust policy"
        value={scenario.wiring.trustPolicy ?? policies?.trust ?? ''}
        generated={scenario.wiring.trustPolicy === null}
        onChange={(text) =>
          onEdit({ ...scenario, wiring: { ...scenario.wiring, trustPolicy: text } })
        }
      />
      <PolicyEditor
        label="Permission policy"
        value={scenario.wiring.permissionPolicy ?? policies?.permission ?? ''}
        generated={scenario.wiring.permissionPolicy === null}
        onChange={(text) =>
          onEdit({ ...scenario, wiring: { ...scenario.wiring, permissionPolicy: text } })
        }
      />
    </section>
  );
}
