import type { CompareValue, DifferenceRow } from '../../machine/compare-view';

const STEP_NAME = (n: number) => (n === 0 ? 'Setup' : `step ${n}`);

/** A cell's words: the value, or why there is none yet (never a guess). */
export function ValueText({ value }: { value: CompareValue }) {
  if (value.kind === 'value') return <span className="wrap-anywhere">{value.text}</span>;
  if (value.kind === 'not-run')
    return (
      <span className="text-slate-700 italic dark:text-slate-300">
        not run yet <span className="text-xs">(comes at {STEP_NAME(value.step)})</span>
      </span>
    );
  return (
    <span className="text-slate-700 italic dark:text-slate-300">
      not reached: this run stopped at {STEP_NAME(value.stoppedAt)}
    </span>
  );
}

const CELL = 'border-t border-slate-300 px-2 py-1.5 align-top dark:border-slate-700';

/**
 * What differs, row by row: each row says where its values come from (a run, or the documents,
 * linked). Three columns at every size; long ARNs wrap anywhere, so a phone needs no scrolling.
 */
export function DifferencesTable({ rows }: { rows: DifferenceRow[] }) {
  return (
    <table className="w-full table-fixed border-collapse text-sm">
      <caption className="mb-1 text-left text-sm">
        Each row says where its values come from: the two runs as they stand, or, where no run can
        show it, AWS&apos;s documents.
      </caption>
      <FlowColumns first="Aspect" firstWidth="w-[28%] sm:w-[22%]" />
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-row={row.id}>
            <th scope="row" className={`${CELL} text-left font-semibold`}>
              {row.label}
              <span className="mt-0.5 block text-xs font-normal text-slate-700 dark:text-slate-300">
                {row.source.kind === 'run' ? (
                  `From: ${row.source.text}`
                ) : (
                  <>
                    Source:{' '}
                    {row.source.links.map((link, i) => (
                      <span key={link.href}>
                        {i > 0 && '; '}
                        <a
                          href={link.href}
                          className="text-sky-800 underline wrap-anywhere dark:text-sky-300"
                        >
                          {link.label}
                        </a>
                      </span>
                    ))}
                  </>
                )}
              </span>
            </th>
            <td className={CELL} data-flow="irsa">
              <ValueText value={row.irsa} />
            </td>
            <td className={CELL} data-flow="pod-identity">
              <ValueText value={row.podIdentity} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The columns both tables share: what the row is about, then IRSA, then Pod Identity. */
function FlowColumns({ first, firstWidth }: { first: string; firstWidth: string }) {
  return (
    <>
      <colgroup>
        <col className={firstWidth} />
        <col />
        <col />
      </colgroup>
      <thead>
        <tr className="text-left">
          {[first, 'IRSA', 'EKS Pod Identity'].map((name) => (
            <th key={name} scope="col" className="px-2 py-1.5">
              {name}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}

/** How the six steps line up, position by position. */
export function StepPairsTable({
  pairs,
}: {
  pairs: { position: number; irsa: string; podIdentity: string }[];
}) {
  return (
    <table className="w-full table-fixed border-collapse text-sm">
      <caption className="mb-1 text-left text-sm">
        Position by position: Next and the step buttons move both walks to the same number.
      </caption>
      <FlowColumns first="Step" firstWidth="w-14" />
      <tbody>
        {pairs.map((pair) => (
          <tr key={pair.position}>
            <th scope="row" className={`${CELL} text-left`}>
              {pair.position}
            </th>
            <td className={CELL}>{pair.irsa}</td>
            <td className={CELL}>{pair.podIdentity}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
