import { useId, useRef } from 'react';
import { CodeBlock } from '../../components/code-block';
import { CopyButton } from '../../components/copy-button';
import { Tooltip } from '../../components/tooltip';
import { selectTokenView, type TokenField } from '../../machine';
import { IrsaActor } from '../irsa-actor';
import { useEmptyMessage } from './use-empty-message';

// Segment colours in the jwt.io tradition (red, purple, blue). Each is at least 4.5:1 on the
// code block's background: -700 on slate-50, -300 on slate-900.
const SEGMENTS = [
  { name: 'header', part: 'first', colour: 'text-rose-700 dark:text-rose-300' },
  { name: 'payload', part: 'second', colour: 'text-violet-700 dark:text-violet-300' },
  { name: 'signature', part: 'third', colour: 'text-sky-700 dark:text-sky-300' },
] as const;

/** One decoded field: name (explained on hover or focus), value, the step's mark, its time. */
function Field({ field: f }: { field: TokenField }) {
  return (
    <li
      data-claim={f.name}
      data-checked={f.checked || undefined}
      className={`rounded px-1 py-0.5 wrap-anywhere ${f.checked ? 'bg-amber-50 outline-2 outline-amber-700 dark:bg-amber-950/60 dark:outline-amber-400' : ''}`}
    >
      {f.explanation ? <Tooltip tip={f.explanation}>{`"${f.name}"`}</Tooltip> : `"${f.name}"`}:{' '}
      <span className="whitespace-pre-wrap">{f.value}</span>{' '}
      {/* An inline block that never breaks: when it does not fit, the line wraps before it. */}
      {f.checked && (
        <span className="inline-block rounded bg-amber-800 px-1.5 font-sans text-sm font-bold whitespace-nowrap text-white dark:bg-amber-300 dark:text-slate-950">
          ✓ checked here
        </span>
      )}
      {f.time && (
        <span data-time className="block font-sans text-sm text-slate-700 dark:text-slate-300">
          {f.time.utc} <span className="whitespace-nowrap">({f.time.relative})</span>
        </span>
      )}
    </li>
  );
}

/** The decoded JSON, one field per line, with a copy button for the whole object. */
function Fields({ title, fields, json }: { title: string; fields: TokenField[]; json: string }) {
  const headingId = useId();
  const list = useRef<HTMLUListElement>(null);
  return (
    <section aria-labelledby={headingId}>
      <div className="mb-1 flex items-end justify-between gap-2">
        <h3 id={headingId} className="min-w-0 text-sm font-semibold">
          {title}
        </h3>
        <CopyButton text={json} what={title} selectTarget={() => list.current} />
      </div>
      <ul
        ref={list}
        aria-labelledby={headingId}
        className="space-y-1 rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-[13px] leading-relaxed text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        {fields.map((f) => (
          <Field key={f.name} field={f} />
        ))}
      </ul>
    </section>
  );
}

/** The compact token in coloured segments, and its decoded fields with the ones this hop checks marked. */
export function TokenPanel() {
  const token = IrsaActor.useSelector(selectTokenView);
  const empty = useEmptyMessage(
    'This pod has no projected token: the pod-identity webhook did not mutate it, so there is nothing to show here.',
  );
  if (!token) return <p>{empty}</p>;
  const checkedHere = [...token.header, ...token.claims].filter((f) => f.checked);
  return (
    <>
      <CodeBlock
        id="token"
        title="Projected service-account token (compact JWT)"
        text={token.compact}
      >
        {token.segments.map((segment, i) => (
          <span key={SEGMENTS[i]!.name}>
            {i > 0 && '.'}
            {/* Packed like a JWT, not broken at its `-` and `_` characters. */}
            <span className={`break-all ${SEGMENTS[i]!.colour}`}>{segment}</span>
          </span>
        ))}
      </CodeBlock>
      <p className="-mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
        <span className="sr-only">Colours: </span>
        {SEGMENTS.map(({ name, part, colour }) => (
          <span key={name} className={colour}>
            <span aria-hidden="true">■ </span>
            {`${name} (${part} part)`}
          </span>
        ))}
      </p>
      <p className="text-sm text-slate-800 dark:text-slate-200">
        {checkedHere.length > 0
          ? `This step checks ${checkedHere.map((f) => f.name).join(', ')}: marked “checked here” below.`
          : 'This step checks none of the token’s fields.'}{' '}
        Hover or focus a field name for what it means. Times are in UTC, against the run’s clock.
      </p>
      <Fields title="Header (decoded)" fields={token.header} json={token.headerJson} />
      <Fields title="Payload (decoded)" fields={token.claims} json={token.claimsJson} />
    </>
  );
}
