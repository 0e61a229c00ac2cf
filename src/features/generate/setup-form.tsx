import { controlBorder, Field } from '../../components/field';
import type { GenerateFlow, SetupField, SetupNames } from '../../machine/generate/names';
import { FlowChoice } from '../flow-choice';

const FIELDS: { field: SetupField; label: string; hint?: string; irsaOnly?: boolean }[] = [
  { field: 'accountId', label: 'Account ID' },
  { field: 'region', label: 'Region' },
  { field: 'clusterName', label: 'Cluster name' },
  {
    field: 'clusterOidcId',
    label: 'Cluster OIDC id',
    hint: "The 32 characters at the end of the cluster's OIDC issuer URL (aws eks describe-cluster).",
    irsaOnly: true,
  },
  { field: 'namespace', label: 'Namespace' },
  { field: 'serviceAccountName', label: 'ServiceAccount' },
  { field: 'appName', label: 'App (Deployment) name' },
  { field: 'roleName', label: 'IAM role name' },
  { field: 'bucketNames', label: 'Bucket names', hint: 'Comma-separated.' },
];

/** The text a field shows: bucket names as typed, comma-separated. */
export type NamesDraft = Record<SetupField, string>;

export function draftOf(names: SetupNames): NamesDraft {
  return { ...names, bucketNames: names.bucketNames.join(', ') };
}

export function namesOfDraft(draft: NamesDraft): SetupNames {
  return {
    ...draft,
    bucketNames: draft.bucketNames
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean),
  };
}

/** The names, each with its rule's message at the field, and the flow to generate for. */
export function SetupForm({
  flow,
  draft,
  errors,
  onFlow,
  onChange,
}: {
  flow: GenerateFlow;
  draft: NamesDraft;
  errors: Partial<Record<SetupField, string>>;
  onFlow: (flow: GenerateFlow) => void;
  onChange: (field: SetupField, value: string) => void;
}) {
  return (
    <form
      aria-labelledby="generate-names-title"
      className="space-y-3"
      onSubmit={(e) => e.preventDefault()}
    >
      <h2 id="generate-names-title" className="text-lg font-bold">
        Your names
      </h2>
      <FlowChoice name="generate-flow" flow={flow} onFlow={onFlow} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {FIELDS.filter((f) => flow === 'irsa' || !f.irsaOnly).map(({ field, label, hint }) => (
          <Field key={field} label={label} hint={hint} error={errors[field]}>
            {(control) => (
              <input
                {...control}
                value={draft[field]}
                spellCheck={false}
                autoComplete="off"
                onChange={(e) => onChange(field, e.target.value)}
                className={`rounded-md border bg-white px-2 py-1.5 font-mono text-sm dark:bg-slate-900 ${controlBorder(!!errors[field])}`}
              />
            )}
          </Field>
        ))}
      </div>
    </form>
  );
}
