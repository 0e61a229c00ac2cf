import { selectScenario } from '../../machine';
import { COMMERCIAL_REGIONS, type Scenario, type ScenarioField } from '../../machine/lab';
import { PolicyEditor } from './policy-editor';
import { SelectField, TextField } from './text-field';
import { useScenarioDraft } from './use-scenario-draft';
import { IrsaActor } from '../irsa-actor';

/**
 * The cluster versions to choose from: the Kubernetes versions in EKS standard support (14 months
 * from release; 1.31's ended on 26 November 2025), then two older ones that show what changed.
 * https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html
 * https://endoflife.date/amazon-eks
 */
const KUBERNETES_VERSIONS = [
  { value: '1.35', label: '1.35' },
  { value: '1.34', label: '1.34' },
  { value: '1.33', label: '1.33' },
  { value: '1.32', label: '1.32' },
  { value: '1.29', label: '1.29 (older claims)' },
  { value: '1.18', label: '1.18 (historical: token file readable only by root)' },
] as const;

type TextFieldName = Exclude<ScenarioField, 'kubernetesVersion'>;

const FIELDS: { field: TextFieldName; label: string; hint?: string; numeric?: boolean }[] = [
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
/** The editor of IRSA's names and wiring; other flows have no editor yet, and it says so. */
export default function ScenarioEditor({ onEdit }: { onEdit: (scenario: Scenario) => void }) {
  const scenario = IrsaActor.useSelector(selectScenario);
  if (!scenario) return <p className="text-sm">The scenario editor works on the IRSA flow.</p>;
  return <IrsaScenarioEditor scenario={scenario} onEdit={onEdit} />;
}

function IrsaScenarioEditor({
  scenario,
  onEdit,
}: {
  scenario: Scenario;
  onEdit: (scenario: Scenario) => void;
}) {
  const draft = useScenarioDraft(scenario, onEdit);
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
        <SelectField
          label="Kubernetes version"
          value={draft.fields.kubernetesVersion}
          options={KUBERNETES_VERSIONS}
          error={draft.fieldErrors.kubernetesVersion}
          hint="From 1.30 the token also carries jti and kubernetes.io.node; before 1.21 the API token is a Secret volume."
          onChange={(value) => draft.setField('kubernetesVersion', value)}
        />
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
