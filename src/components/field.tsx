import { useId, type ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: ReactNode;
  hint?: string;
  /** Shown at the field and announced with it (role="alert"). */
  error?: string | null;
  /** Beside the label, e.g. a reset button. */
  aside?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}

/** A label, the control, a hint and the field's own error message, wired for assistive tech. */
export function Field({ label, hint, error, aside, children }: FieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={id} className="text-sm font-semibold">
          {label}
        </label>
        {aside}
      </div>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
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

/** Border colour of a control: red while its value is invalid. */
export const controlBorder = (invalid: boolean) =>
  invalid ? 'border-red-700 dark:border-red-400' : 'border-slate-400 dark:border-slate-500';
