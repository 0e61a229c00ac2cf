import { controlBorder, Field } from '../../components/field';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  inputMode?: 'numeric';
  list?: string;
}

/** A one-line scenario field whose rule violation is shown at the field. */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  inputMode,
  list,
}: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          value={value}
          inputMode={inputMode}
          list={list}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
          className={`rounded-md border bg-white px-2 py-1.5 font-mono text-sm dark:bg-slate-900 ${controlBorder(!!error)}`}
        />
      )}
    </Field>
  );
}
