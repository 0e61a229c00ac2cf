import { controlBorder, Field } from '../../components/field';
import { Button } from '../../components/button';
import type { PolicyDraft } from './use-scenario-draft';

interface PolicyEditorProps {
  label: 'Trust policy' | 'Permission policy';
  /** The text shown (typed, or the policy in force), its error, whether it is the generated one. */
  policy: PolicyDraft;
  onChange: (text: string) => void;
  /** "Reset to generated": offered whenever the text is not the generated one, valid or not. */
  onReset: () => void;
}

/**
 * A policy as editable JSON. Invalid JSON is reported once with line and column, a JSON value
 * that is not a policy with the precise problem; only a valid policy reaches the run.
 */
export function PolicyEditor({ label, policy, onChange, onReset }: PolicyEditorProps) {
  const { text, error, generated } = policy;
  return (
    <Field
      label={
        <>
          {label}
          {generated && (
            <span className="ml-2 font-normal text-slate-700 dark:text-slate-300">
              (generated from the names)
            </span>
          )}
        </>
      }
      error={error}
      aside={
        !generated && (
          <Button className="px-2 py-1 text-xs" onClick={onReset}>
            Reset to generated
          </Button>
        )
      }
    >
      {(control) => (
        <textarea
          {...control}
          value={text}
          rows={12}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
          className={`rounded-md border bg-white p-2 font-mono text-xs leading-relaxed dark:bg-slate-900 ${controlBorder(!!error)}`}
        />
      )}
    </Field>
  );
}
