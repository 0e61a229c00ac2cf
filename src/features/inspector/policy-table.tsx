import type { ReactNode } from 'react';
import type { PolicyRow } from '../../machine';

// Fixed widths in table layout, so long ARNs wrap inside their column instead of squeezing
// the short ones (operators, results) mid-word.
const COLUMNS = [
  { name: 'Statement', width: 'w-[12%]' },
  { name: 'Element / operator', width: 'w-[14%]' },
  { name: 'Key', width: 'w-[21%]' },
  { name: 'Expected', width: 'w-[17%]' },
  { name: 'Actual', width: 'w-[19%]' },
  { name: 'Result', width: 'w-[17%]' },
];

// Explicit roles keep the table's semantics when narrow containers lay rows out as cards
// (display: block/grid on table elements drops them in some browsers).
const cell =
  'grid grid-cols-[5.5rem_minmax(0,1fr)] gap-x-2 py-0.5 align-top @3xl:table-cell @3xl:border-b @3xl:border-slate-300 @3xl:px-2 @3xl:py-1.5 @3xl:dark:border-slate-700';
const label = 'text-sm font-semibold text-slate-700 @3xl:hidden dark:text-slate-300';
const mono = 'font-mono text-[13px] wrap-anywhere';

/** One cell; as a card, its column name stands beside the value (screen readers get the header). */
function Cell({
  name,
  hideInCard,
  children,
}: {
  name: string;
  hideInCard?: boolean;
  children: ReactNode;
}) {
  return (
    <td role="cell" className={hideInCard ? `${cell} @max-3xl:sr-only` : cell}>
      <span aria-hidden="true" className={label}>
        {name}
      </span>
      {children}
    </td>
  );
}

/**
 * Policy evaluation, one row per element (Principal, Action, Resource) and condition. A table
 * from 48rem of container width; narrower (the inspector column, a phone) each row is a card
 * with the column names beside the values.
 */
export function PolicyTable({ rows, labelledBy }: { rows: PolicyRow[]; labelledBy: string }) {
  return (
    <div className="@container">
      <table
        role="table"
        aria-labelledby={labelledBy}
        className="block w-full text-sm @3xl:table @3xl:table-fixed"
      >
        <thead role="rowgroup" className="sr-only @3xl:not-sr-only @3xl:table-header-group">
          <tr role="row">
            {COLUMNS.map((c) => (
              <th
                key={c.name}
                role="columnheader"
                scope="col"
                className={`${c.width} border-b-2 border-slate-400 px-2 py-1 text-left align-bottom text-sm font-bold dark:border-slate-500`}
              >
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="block space-y-2 @3xl:table-row-group @3xl:space-y-0">
          {rows.map((r, i) => (
            <tr
              key={i}
              role="row"
              data-passed={r.passed}
              className={`block rounded-md border-l-4 p-2 @3xl:table-row @3xl:border-l-0 @3xl:p-0 ${
                r.passed
                  ? 'border-green-700 bg-slate-50 dark:border-green-400 dark:bg-slate-900'
                  : 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950'
              }`}
            >
              <Cell name="Statement">
                <span>
                  {r.statement} <span className="whitespace-nowrap">({r.effect})</span>
                </span>
              </Cell>
              <Cell name={r.key ? 'Operator' : 'Element'}>
                <code className={mono}>{r.operator}</code>
              </Cell>
              {/* An element row has no key: as a card it skips the line (still a cell for screen readers). */}
              <Cell name="Key" hideInCard={!r.key}>
                {r.key ? (
                  <code className={mono}>{r.key}</code>
                ) : (
                  <span>
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">none</span>
                  </span>
                )}
              </Cell>
              <Cell name="Expected">
                <code className={mono}>{r.expected}</code>
              </Cell>
              <Cell name="Actual">
                <code className={mono}>{r.actual}</code>
              </Cell>
              <Cell name="Result">
                <span>
                  <span
                    className={`font-bold ${r.passed ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-200'}`}
                  >
                    {r.passed ? '✓ match' : '✕ no match'}
                  </span>
                  {r.explanation && (
                    <span className="block text-sm text-slate-700 dark:text-slate-300">
                      {r.explanation}
                    </span>
                  )}
                </span>
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
