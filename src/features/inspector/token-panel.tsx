import { CodeBlock } from '../../components/code-block';
import { Tooltip } from '../../components/tooltip';
import { selectTokenView, type TokenField } from '../../machine';
import { IrsaActor } from '../irsa-actor';

// Segment colours in the jwt.io tradition, each AA on its background in both themes.
const SEGMENT = [
  'text-rose-700 dark:text-rose-300',
  'text-violet-700 dark:text-violet-300',
  'text-sky-700 dark:text-sky-300',
];
const SEGMENT_NAMES = ['header', 'payload', 'signature'];

function Fields({ title, fields }: { title: string; fields: TokenField[] }) {
  return (
    <section aria-label={title}>
      <h3 className="mb-1 text-sm font-semibold">{title}</h3>
      <ul className="space-y-0.5 rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-[13px] dark:border-slate-700 dark:bg-slate-900">
        {fields.map((f) => (
          <li
            key={f.name}
            data-claim={f.name}
            data-checked={f.checked || undefined}
            className={`rounded px-1 break-all ${f.checked ? 'bg-amber-100 outline-2 outline-amber-600 dark:bg-amber-950 dark:outline-amber-400' : ''}`}
          >
            {f.explanation ? <Tooltip tip={f.explanation}>{`"${f.name}"`}</Tooltip> : `"${f.name}"`}
            : <span className="whitespace-pre-wrap">{f.value}</span>
            {f.checked && (
              <span className="ml-2 rounded bg-amber-700 px-1 font-sans text-xs font-bold text-white dark:bg-amber-300 dark:text-slate-950">
                checked here
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The compact token in coloured segments, and its decoded fields with the ones this hop checks marked. */
export function TokenPanel() {
  const token = IrsaActor.useSelector(selectTokenView);
  if (!token) return <p>This pod has no projected token: the webhook did not mutate it.</p>;
  return (
    <>
      <CodeBlock title="Projected service-account token (compact JWT)" text={token.compact}>
        {token.segments.map((segment, i) => (
          <span key={SEGMENT_NAMES[i]}>
            {i > 0 && '.'}
            <span className={SEGMENT[i]}>{segment}</span>
          </span>
        ))}
      </CodeBlock>
      <p className="flex flex-wrap gap-3 text-xs" aria-label="Segment colours">
        {SEGMENT_NAMES.map((name, i) => (
          <span key={name} className={`font-semibold ${SEGMENT[i]}`}>
            ■ {name}
          </span>
        ))}
      </p>
      <Fields title="Header (decoded)" fields={token.header} />
      <Fields title="Payload (decoded)" fields={token.claims} />
      <p className="text-xs text-slate-700 dark:text-slate-300">
        Focus or hover a field name for what it means. Highlighted fields are the ones this step
        checks.
      </p>
    </>
  );
}
