import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { controlBorder } from '../../components/field';
import type { DiagnoseFlow, PasteField, Pastes } from '../../machine/diagnose/types';
import { fieldsOf, type PasteFieldView } from './paste-fields';
import { FlowChoice } from '../flow-choice';

/**
 * The flow switch and one plain text area per paste, each labelled with the command whose output
 * goes in it, and with the message the last run left at it. Ctrl+Enter (⌘+Enter) in a field
 * runs the diagnosis, as the button below does.
 */
export function PasteForm({
  flow,
  pastes,
  errors,
  onFlow,
  onChange,
  onRun,
  fieldRef,
  actions,
}: {
  flow: DiagnoseFlow;
  pastes: Pastes;
  /** The last run's message per field, only while the field still holds the text it was about. */
  errors: Partial<Record<PasteField, string>>;
  onFlow: (flow: DiagnoseFlow) => void;
  onChange: (field: PasteField, text: string) => void;
  onRun: () => void;
  fieldRef: (field: PasteField, element: HTMLTextAreaElement | null) => void;
  /** The Diagnose and Clear all buttons: kept in view at the bottom while the fields scroll. */
  actions: ReactNode;
}) {
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onRun();
    }
  };
  return (
    <form
      aria-labelledby="diagnose-pastes-title"
      className="min-w-0 space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        onRun();
      }}
    >
      <h2 id="diagnose-pastes-title" className="text-lg font-bold">
        What you paste
      </h2>
      <FlowChoice name="diagnose-flow" flow={flow} onFlow={onFlow} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Every field is optional: paste what you have. What is missing is assumed, and the result
        says what and which command would settle it.
      </p>
      {fieldsOf(flow).map((view) => (
        <PasteTextArea
          key={view.field}
          view={view}
          flow={flow}
          text={pastes[view.field] ?? ''}
          error={errors[view.field]}
          onChange={(text) => onChange(view.field, text)}
          onKeyDown={onKeyDown}
          textAreaRef={(element) => fieldRef(view.field, element)}
        />
      ))}
      <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-2 border-t border-slate-300 bg-white/95 px-1 py-2 dark:border-slate-700 dark:bg-slate-950/95">
        {actions}
      </div>
    </form>
  );
}

/** A label, the commands as the field's description, the text area and the run's message. */
function PasteTextArea({
  view,
  flow,
  text,
  error,
  onChange,
  onKeyDown,
  textAreaRef,
}: {
  view: PasteFieldView & { field: PasteField; label: string };
  flow: DiagnoseFlow;
  text: string;
  error: string | undefined;
  onChange: (text: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLTextAreaElement>) => void;
  textAreaRef: (element: HTMLTextAreaElement | null) => void;
}) {
  const id = useId();
  const commands = view.commands(flow);
  const note = typeof view.note === 'function' ? view.note(flow) : view.note;
  return (
    <div className="flex min-w-0 flex-col gap-1" data-paste-field={view.field}>
      <label htmlFor={id} className="text-sm font-semibold">
        {view.label}
      </label>
      <p id={`${id}-command`} className="text-xs text-slate-700 dark:text-slate-300">
        {commands.map((command, i) => (
          <span key={command}>
            {i > 0 && ', or '}
            <code className="font-mono wrap-anywhere text-slate-900 dark:text-slate-100">
              {command}
            </code>
          </span>
        ))}
        {note && <> {note}</>}
      </p>
      <textarea
        id={id}
        ref={textAreaRef}
        value={text}
        rows={view.rows}
        wrap={view.wrap}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-command${error ? ` ${id}-error` : ''}`}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        className={`rounded-md border bg-white p-2 font-mono text-xs dark:bg-slate-900 ${view.wrap === 'soft' ? 'break-all' : ''} ${controlBorder(!!error)}`}
      />
      {error && (
        <p
          id={`${id}-error`}
          role="alert"
          className="text-sm whitespace-pre-wrap text-red-800 dark:text-red-300"
        >
          {error}
        </p>
      )}
    </div>
  );
}
