import { useId } from 'react';

interface TextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  optional?: boolean;
  error?: string;
  hint?: string;
  rows: number;
  /** `off` keeps a huge paste from costing the browser a long line-wrapping layout. */
  wrap?: 'soft' | 'off';
}

/** A labelled text area whose error is shown at the field and announced with it. */
export function TextArea({
  label,
  value,
  onChange,
  optional,
  error,
  hint,
  rows,
  wrap = 'soft',
}: TextAreaProps) {
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
        {optional && (
          <span className="font-normal text-slate-700 dark:text-slate-300"> (optional)</span>
        )}
      </label>
      <textarea
        id={id}
        value={value}
        rows={rows}
        wrap={wrap}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        className={`rounded-md border bg-white p-2 font-mono text-xs break-all dark:bg-slate-900 ${
          error ? 'border-red-700 dark:border-red-400' : 'border-slate-400 dark:border-slate-500'
        }`}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs break-all text-slate-700 dark:text-slate-300">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
