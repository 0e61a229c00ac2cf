import { selectChecks } from '../../machine';
import { IrsaActor } from '../irsa-actor';

/** Every comparison the step made: passed or failed, with the values compared. */
export function CheckList() {
  const checks = IrsaActor.useSelector(selectChecks);
  if (checks.length === 0) return null;
  return (
    <section aria-labelledby="checks-title">
      <h2 id="checks-title" className="mb-2 text-lg font-bold">
        Checks
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="p-2">
                Result
              </th>
              <th scope="col" className="p-2">
                Check
              </th>
              <th scope="col" className="p-2">
                Expected
              </th>
              <th scope="col" className="p-2">
                Actual
              </th>
            </tr>
          </thead>
          <tbody>
            {checks.map((c) => (
              <tr
                key={c.id}
                data-check={c.id}
                className="border-b border-slate-200 align-top dark:border-slate-800"
              >
                <td
                  className={`p-2 font-semibold ${c.passed ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'}`}
                >
                  {c.passed ? 'passed' : 'failed'}
                </td>
                <td className="p-2">
                  {c.label}
                  {c.note && (
                    <span className="block text-xs text-slate-700 dark:text-slate-300">
                      {c.note}
                    </span>
                  )}
                </td>
                <td className="p-2 font-mono text-xs break-all">{c.expected}</td>
                <td className="p-2 font-mono text-xs break-all">{c.actual}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
