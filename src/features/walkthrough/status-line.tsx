import { selectStatusText } from '../../machine';
import { IrsaActor } from '../irsa-actor';

/** "Setup" or "Step N of 6: <title>", announced politely; says "failed" with the AWS error. */
export function StatusLine() {
  const text = IrsaActor.useSelector(selectStatusText);
  const failed = IrsaActor.useSelector((s) => s.hasTag('failed'));
  return (
    <p
      role="status"
      className={`rounded-md px-3 py-2 text-base font-semibold ${
        failed
          ? 'bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200'
          : 'bg-sky-50 text-sky-900 dark:bg-sky-950 dark:text-sky-100'
      }`}
    >
      {text}
    </p>
  );
}
