import { useEffect, useState } from 'react';
import { Button } from '../components/button';

/**
 * Registers the service worker in production builds (after the page's `load` event, so it never
 * competes with the first screen) and, when a new version has installed and waits, says so with
 * a polite, non-modal banner: "Reload to update" hands over to it and reloads; "Dismiss" leaves
 * this page on the version it runs. The live region is always in the page, empty until then, so
 * screen readers announce the message when it arrives.
 */
export function UpdateBanner() {
  // The function that switches to the waiting version (the one thing the banner needs of it).
  const [update, setUpdate] = useState<(() => void) | null>(null);
  const [updating, setUpdating] = useState(false);
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let mounted = true;
    const start = () => {
      import('./service-worker')
        .then(({ registerServiceWorker }) =>
          registerServiceWorker((next) => mounted && setUpdate(() => next)),
        )
        // The chunk could not load (offline before the first install): try on the next visit.
        .catch(() => undefined);
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      mounted = false;
      window.removeEventListener('load', start);
    };
  }, []);
  return (
    <div aria-live="polite" className="print:hidden" data-update-banner>
      {update && (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-sky-300 bg-sky-50 px-4 py-2 text-sm dark:border-sky-800 dark:bg-sky-950">
          <p className="font-semibold">A new version of the IRSA Visualizer is ready.</p>
          <Button
            variant="primary"
            unavailable={updating}
            onClick={() => {
              setUpdating(true);
              update();
            }}
            className="px-3 py-1"
          >
            {updating ? 'Updating…' : 'Reload to update'}
          </Button>
          <Button onClick={() => setUpdate(null)} className="px-3 py-1">
            Dismiss
          </Button>
        </div>
      )}
    </div>
  );
}
