import { useEffect, useState } from 'react';
import { controlBorder, Field } from '../../components/field';
import { Button } from '../../components/button';
import { policyTextError } from '../../machine/lab';

interface PolicyEditorProps {
  label: 'Trust policy' | 'Permission policy';
  /** The policy in force (generated from the names until edited). */
  value: string;
  generated: boolean;
  /** A valid edit, or null for "Reset to generated". */
  onChange: (text: string | null) => void;
}

/**
 * A policy as editable JSON. Invalid JSON is reported with line and column, a JSON value that is
 * not a policy with the precise problem; only a valid policy reaches the run.
 */
export function PolicyEditor({ label, value, generated, onChange }: PolicyEditorProps) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  const error = text === value ? null : policyTextError(text);

  useEffect(() => {
    if (text === value || error !== null) return;
    const timer = window.setTimeout(() => onChange(text), 400);
    return () => window.clearTimeout(timer);
  });

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
          <Button className="px-2 py-1 text-xs" onClick={() => onChange(null)}>
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
          onChange={(e) => setText(e.target.value)}
          className={`rounded-md border bg-white p-2 font-mono text-xs leading-relaxed dark:bg-slate-900 ${controlBorder(!!error)}`}
        />
      )}
    </Field>
  );
}
