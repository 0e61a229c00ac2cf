import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  inputMode?: 'numeric';
  list?: string;
}

/** A labelled input whose error is shown at the field and announced with it. */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  inputMode,
  list,
}: TextFieldProps) {
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        value={value}
        inputMode={inputMode}
        list={list}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        className={`rounded-md border bg-white px-2 py-1.5 font-mono text-sm dark:bg-slate-900 ${
          error ? 'border-red-700 dark:border-red-400' : 'border-slate-400 dark:border-slate-500'
        }`}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-700 dark:text-slate-300">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
