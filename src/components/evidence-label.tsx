/**
 * The line under an error message that says how sure we are of its wording and links to where
 * it was checked. The link opens in a new tab: following it is the user's choice, not a request
 * the page makes.
 */
export function EvidenceLabel({
  note,
  source,
}: {
  note: string;
  source?: { title: string; url: string } | undefined;
}) {
  return (
    <p data-evidence className="mt-2 text-sm text-slate-800 dark:text-slate-200">
      {note}
      {source && (
        <>
          {' '}
          Source:{' '}
          <a
            href={source.url}
            target="_blank"
            rel="noreferrer noopener"
            className="font-semibold underline underline-offset-2 wrap-anywhere"
          >
            {source.title}
          </a>
        </>
      )}
    </p>
  );
}
