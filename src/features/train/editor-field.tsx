/**
 * One editable field: a policy as a textarea (Ctrl+Enter runs the pods, Enter is a new line), a
 * name or annotation as a text input, a duration as a number input, client IDs comma-separated.
 * Its error (a policy's with line and column) is shown and announced at the field.
 */
import { controlBorder, Field } from '../../components/field';
import type { EditableField } from '../../machine/training/exercises';
import { FIELD_INFO } from './edit-fields';

export function EditorField({
  field,
  value,
  error,
  onChange,
  onSubmit,
}: {
  field: EditableField;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onSubmit: () => void;
}) {
  const info = FIELD_INFO[field];
  const focus =
    'focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600';
  return (
    <Field
      label={info.label}
      hint={info.kind === 'policy' ? 'JSON. Ctrl+Enter runs every pod.' : info.hint}
      error={error}
    >
      {(control) =>
        info.kind === 'policy' ? (
          <textarea
            {...control}
            name={field}
            value={value}
            rows={Math.min(22, Math.max(8, value.split('\n').length + 1))}
            spellCheck={false}
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                onSubmit();
              }
            }}
            className={`field-sizing-content min-h-40 w-full rounded-md border bg-white p-2 font-mono text-xs leading-relaxed dark:bg-slate-900 ${focus} ${controlBorder(!!error)}`}
          />
        ) : (
          <input
            {...control}
            name={field}
            type={info.kind === 'number' ? 'number' : 'text'}
            inputMode={info.kind === 'number' ? 'numeric' : undefined}
            min={info.kind === 'number' ? 0 : undefined}
            value={value}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => onChange(e.target.value)}
            className={`rounded-md border bg-white px-2 py-1.5 font-mono text-sm dark:bg-slate-900 ${focus} ${controlBorder(!!error)}`}
          />
        )
      }
    </Field>
  );
}
