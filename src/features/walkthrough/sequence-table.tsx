import { useId, useState } from 'react';
import { Button } from '../../components/button';
import { selectSequence } from '../../machine';
import { IrsaActor } from '../irsa-actor';

/** "Sequence table": every message so far as rows; the accessible equivalent of the animation. */
export function SequenceTable() {
  const [open, setOpen] = useState(false);
  const rows = IrsaActor.useSelector(selectSequence);
  const panelId = useId();
  return (
    <div>
      <Button aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Sequence table
      </Button>
      <div id={panelId} hidden={!open} className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-1 text-left font-semibold">
            Messages so far ({rows.length} of 6)
          </caption>
          <thead>
            <tr className="border-b border-slate-400">
              <th scope="col" className="p-1.5">
                Step
              </th>
              <th scope="col" className="p-1.5">
                From
              </th>
              <th scope="col" className="p-1.5">
                To
              </th>
              <th scope="col" className="p-1.5">
                What
              </th>
              <th scope="col" className="p-1.5">
                Result
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.step} className="border-b border-slate-200 dark:border-slate-800">
                <td className="p-1.5">{r.step}</td>
                <td className="p-1.5">{r.from}</td>
                <td className="p-1.5">{r.to}</td>
                <td className="p-1.5">{r.what}</td>
                <td
                  className={`p-1.5 font-semibold ${r.result === 'passed' ? 'text-green-800 dark:text-green-300' : 'text-red-800 dark:text-red-300'}`}
                >
                  {r.result}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
