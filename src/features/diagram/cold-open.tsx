import { usePreference } from '../../lib/use-preference';

/**
 * The cold open at Setup: what IRSA is and what the page shows, and how to begin. It sits over
 * the empty rows of the diagram (so nothing moves), and stays dismissed once dismissed.
 */
export function ColdOpen() {
  // "not all" never matches: the default is "not dismissed" until the user says otherwise.
  // Null in the prerendered page: drawn, and hidden by CSS (index.css) if the boot script found
  // it dismissed; once the page runs, React decides.
  const [dismissed, setDismissed] = usePreference('irsa.cold-open-dismissed', 'not all');
  if (dismissed) return null;
  return (
    <section
      data-follows={dismissed === null ? 'cold-open-dismissed' : undefined}
      aria-labelledby="cold-open-title"
      className="absolute inset-x-2 top-[24%] mx-auto max-w-xl rounded-lg border-2 border-sky-700 bg-white/95 p-4 shadow-lg sm:top-[30%] dark:border-sky-400 dark:bg-slate-900/95"
    >
      <h2 id="cold-open-title" className="text-lg font-bold">
        How does a pod get AWS credentials?
      </h2>
      <p className="mt-1">
        With IRSA, a pod on Amazon EKS trades the token its cluster signed for temporary AWS
        credentials, without any stored key. This page runs that exchange for real in your browser,
        six messages between the pod, STS, IAM, the cluster&apos;s OIDC issuer and S3.
      </p>
      <p className="mt-2 font-semibold">
        Press <kbd className="rounded border px-1">Next step</kbd> or{' '}
        <kbd className="rounded border px-1">→</kbd> to begin.
      </p>
      <button
        type="button"
        onClick={() => setDismissed(true)}
        className="mt-3 rounded-md border border-slate-400 px-3 py-1 text-sm font-semibold hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-sky-600 dark:hover:bg-slate-800"
      >
        Dismiss
      </button>
    </section>
  );
}
