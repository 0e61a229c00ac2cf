import { useRef } from 'react';
import { CopyButton } from '../../components/copy-button';
import type { Assumption, PasteField, ReadAs } from '../../machine/diagnose/types';
import { withCode } from './inline-code';
import { labelOf } from './paste-fields';

const LINK_BUTTON =
  'text-left font-semibold text-sky-800 underline hover:no-underline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:text-sky-300';

/** Every fact no paste gave: what the run used instead, and the command whose output settles it. */
export function AssumptionList({
  assumptions,
  onFocusField,
  canFocus,
}: {
  assumptions: Assumption[];
  onFocusField: (field: PasteField) => void;
  /** Whether the field is on the page (the association field is only in the Pod Identity flow). */
  canFocus: (field: PasteField) => boolean;
}) {
  return (
    <section aria-labelledby="diagnose-assumed-title" className="space-y-2">
      <h3 id="diagnose-assumed-title" className="text-base font-bold">
        What the page assumed
      </h3>
      {assumptions.length === 0 ? (
        <p className="text-sm">Nothing: every fact the run needed came from what you pasted.</p>
      ) : (
        <ul className="space-y-3">
          {assumptions.map((a) => (
            <li
              key={`${a.field}-${a.fact}`}
              data-assumption={a.field}
              className="space-y-1 border-l-4 border-slate-400 pl-3 text-sm dark:border-slate-500"
            >
              <p className="font-semibold">{withCode(a.fact)}</p>
              <p>Assumed: {withCode(a.assumed)}</p>
              <SettleCommand command={a.command} what={`command for ${a.fact}`} />
              {canFocus(a.field) && (
                <button type="button" className={LINK_BUTTON} onClick={() => onFocusField(a.field)}>
                  Paste its output in {labelOf(a.field)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The command that settles an assumption, with its own Copy button. */
function SettleCommand({ command, what }: { command: string; what: string }) {
  const code = useRef<HTMLElement>(null);
  return (
    <div className="flex flex-wrap items-start justify-between gap-2">
      <code
        ref={code}
        className="min-w-0 flex-1 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs wrap-anywhere dark:bg-slate-800"
      >
        {command}
      </code>
      <CopyButton text={command} what={what} selectTarget={() => code.current} />
    </div>
  );
}

/** How each paste was read, so the user can check the page understood it. */
export function ReadAsList({ readAs }: { readAs: ReadAs[] }) {
  return (
    <section aria-labelledby="diagnose-read-title" className="space-y-2">
      <h3 id="diagnose-read-title" className="text-base font-bold">
        What the page read
      </h3>
      {readAs.length === 0 ? (
        <p className="text-sm">Nothing was pasted: the run is made of assumptions only.</p>
      ) : (
        <dl className="space-y-2 text-sm">
          {readAs.map((r, i) => (
            <div key={`${r.field}-${i}`} data-read-as={r.field}>
              <dt className="font-semibold">{labelOf(r.field)}</dt>
              <dd className="wrap-anywhere">{withCode(r.summary)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
