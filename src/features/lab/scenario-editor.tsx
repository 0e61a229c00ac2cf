import { COMMERCIAL_REGIONS, type Scenario, type ScenarioField } from '../../machine/lab';
import { PolicyEditor } from './policy-editor';
import { TextField } from './text-field';
import { useScenarioDraft } from './use-scenario-draft';

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
  {
    field: 'sessionDurationSeconds',
    label: 'Session duration (seconds)',
    numeric: true,
    hint: "Sent only by a caller that asks for it (the AWS CLI's --duration-seconds); the SDK's default chain never sends it, so its sessions last 3600 s.",
  },
  {
    field: 'roleMaxSessionDurationSeconds',
    label: "Role's maximum session duration (seconds)",
    numeric: true,
  },
];

/**
 * The "Scenario" panel: every name and duration, and the role's two policies, checked by their
 * real rules as you type. An invalid value is kept and explained at its field, and the run waits
 * (nothing runs on the previous scenario); a valid change re-runs.
 */
export default function ScenarioEditor({ onEdit }: { onEdit: (scenario: Scenario) => void }) {
  const draft = useScenarioDraft(onEdit);
  return (
    <section aria-labelledby="scenario-panel-title" className="space-y-3">
      <h2 id="scenario-panel-title" className="text-base font-bold">
        Scenario
      </h2>
      {draft.invalid && (
        <p role="alert" className="text-sm font-semibold text-red-800 dark:text-red-300">
          The run waits until every field and policy is valid.
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {FIELDS.map(({ field, label, hint, numeric }) => (
          <TextField
            key={field}
            label={label}
            value={draft.fields[field]}
            error={draft.fieldErrors[field]}
            hint={hint}
            inputMode={numeric ? 'numeric' : undefined}
            list={field === 'region' ? 'aws-regions' : undefined}
            onChange={(value) => draft.setField(field, value)}
          />
        ))}
      </div>
      <datalist id="aws-regions">
        {COMMERCIAL_REGIONS.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      {(['trust', 'permission'] as const).map((kind) => (
        <PolicyEditor
          key={kind}
          label={kind === 'trust' ? 'Trust policy' : 'Permission policy'}
          policy={draft[kind]}
          onChange={(text) => draft.setPolicy(kind, text)}
          onReset={() => draft.resetPolicy(kind)}
        />
      ))}
    </section>
  );
}
