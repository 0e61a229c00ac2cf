import { controlBorder, Field } from '../../components/field';

interface TextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  optional?: boolean;
  error?: string;
  hint?: string;
  /**
   * What the checker did with the text (e.g. removed "Bearer "), announced politely; null for
   * nothing yet (the live region is kept so that later messages are announced).
   */
  notice?: string | null;
  rows: number;
  /** `off` keeps a huge paste from costing the browser a long line-wrapping layout. */
  wrap?: 'soft' | 'off';
}

/** A pasted input of the checker, with its own error message. */
export function TextArea({
  label,
  value,
  onChange,
  optional,
  error,
  hint,
  notice,
  rows,
  wrap = 'soft',
}: TextAreaProps) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <Field
        label={
          <>
            {label}
            {optional && (
              <span className="font-normal text-slate-700 dark:text-slate-300"> (optional)</span>
            )}
          </>
        }
        hint={hint}
        error={error}
      >
        {(control) => (
          <textarea
            {...control}
            value={value}
            rows={rows}
            wrap={wrap}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => onChange(e.target.value)}
            className={`rounded-md border bg-white p-2 font-mono text-xs break-all dark:bg-slate-900 ${controlBorder(!!error)}`}
          />
        )}
      </Field>
      {notice !== undefined && (
        <p aria-live="polite" className="text-sm text-slate-800 dark:text-slate-200">
          {notice}
        </p>
      )}
    </div>
  );
}
