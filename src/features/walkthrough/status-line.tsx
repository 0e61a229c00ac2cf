import { selectOutcome, selectStatusText, type Outcome } from '../../machine';
import { IrsaActor } from '../irsa-actor';

const STYLE: Record<Outcome, string> = {
  waiting:
    'border-amber-700 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50',
  working:
    'border-sky-700 bg-sky-50 text-sky-950 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-50',
  'in-progress':
    'border-sky-700 bg-sky-50 text-sky-950 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-50',
  failed:
    'border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100',
  succeeded:
    'border-green-700 bg-green-50 text-green-950 dark:border-green-400 dark:bg-green-950 dark:text-green-50',
  warning:
    'border-amber-600 bg-amber-100 text-amber-950 dark:border-amber-400 dark:bg-amber-900 dark:text-amber-50',
};
const ICON: Record<Outcome, string> = {
  waiting: '⏸',
  working: '…',
  'in-progress': '▸',
  failed: '✕',
  succeeded: '✓',
  warning: '⚠',
};

/**
 * "Setup" or "Step N of 6: <title>", announced politely; says "failed" with the AWS error, and
 * ends an attack that worked in a warning, never in the green of a normal success. Its height is
 * fixed (two lines, four on a phone), so a long error never pushes the diagram down.
 */
export function StatusLine() {
  const text = IrsaActor.useSelector(selectStatusText);
  const outcome = IrsaActor.useSelector(selectOutcome);
  const warning =
    outcome === 'warning'
      ? ' ⚠ Succeeded, but the trust policy has no sub condition: any pod in the cluster could get these credentials.'
      : '';
  // The icon stays outside the status region: what is announced (and tested) starts with the words.
  return (
    <div
      data-outcome={outcome}
      className={`flex h-[5.6rem] shrink-0 gap-2 rounded-md border-l-4 px-3 py-1.5 text-sm leading-snug font-semibold sm:h-[3.75rem] sm:text-base ${STYLE[outcome]}`}
      title={text + warning}
    >
      <span aria-hidden="true">{ICON[outcome]}</span>
      <p role="status" className="line-clamp-4 min-w-0 sm:line-clamp-2">
        {text}
        {warning && <strong>{warning}</strong>}
      </p>
    </div>
  );
}
