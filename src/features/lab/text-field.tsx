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

interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
}

/**
 * A scenario field chosen from a list. A value not in the list (say, from a catalogue scenario)
 * is still shown, as an extra option, so the control never claims a value the scenario lacks.
 */
export function SelectField({ label, value, options, onChange, error, hint }: SelectFieldProps) {
  const all = options.some((o) => o.value === value)
    ? options
    : [...options, { value, label: value }];
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className={`rounded-md border bg-white px-2 py-1.5 font-mono text-sm dark:bg-slate-900 ${controlBorder(!!error)}`}
        >
          {all.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
