import { useEffect, useRef } from 'react';
import { Button } from '../../components/button';

/** Each row: the keys that do it (any one of them), and what it does. */
export const SHORTCUTS: [string[], string][] = [
  [['→', 'PageDown'], 'Next step'],
  [['←', 'PageUp'], 'Previous step'],
  [['Space'], 'Play / Pause'],
  [['Home'], 'Setup (the start)'],
  [['End'], 'Step 6'],
  [['0 – 6'], 'Jump to that step'],
  [['?'], 'This list'],
];

/** The keyboard shortcuts, in a dialog that Escape or "Close" dismisses. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto rounded-lg border border-slate-400 bg-white p-5 text-slate-900 backdrop:bg-slate-950/50 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="shortcuts-title" className="mb-3 text-lg font-bold">
        Keyboard shortcuts
      </h2>
      <table className="mb-3 text-sm">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={what}>
              <th scope="row" className="py-1 pr-4 text-left font-normal">
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' or '}
                    <kbd className="rounded border border-slate-400 px-1.5 py-0.5 font-mono font-semibold">
                      {key}
                    </kbd>
                  </span>
                ))}
              </th>
              <td className="py-1">{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mb-3 max-w-prose text-sm">
        They work wherever focus is, except while you type in a field. In the inspector’s tab list ←
        and → move between tabs; in a drop-down ↑ and ↓ change the choice.
      </p>
      <Button onClick={onClose}>Close</Button>
    </dialog>
  );
}
