/**
 * Registers the service worker that precaches the build (scripts/service-worker.mjs), and says
 * when a new version has installed and waits for the user. Loaded with import() after the page's
 * `load` event by update-banner.tsx, so none of it is in the first load or competes with it.
 */

/** Look for a new version when the tab comes back into view, at most this often. */
const UPDATE_CHECK_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Registers `./sw.js` (relative: the site is served from any sub-path) and calls `onWaiting` for
 * each new version that has installed and waits (one found at registration, after a navigation's
 * own update check, or after the check made when the tab becomes visible again) with the function
 * that switches the page to it.
 */
export async function registerServiceWorker(
  onWaiting: (update: () => void) => void,
): Promise<void> {
  // A page opened from disk (the single file of `npm run build:single`) is already local, and
  // browsers refuse to register a worker for a file: page: do not ask.
  if (location.protocol === 'file:') return;
  const container = navigator.serviceWorker;
  // Offline before the first install, or a host that does not serve sw.js: the page works
  // without it, as it did before; the next visit tries again.
  const registration = await container.register('./sw.js', { scope: './' }).catch(() => null);
  if (!registration) return;
  // With no controller this is the first install: it takes the page itself, nothing to announce.
  const announce = (worker: ServiceWorker) => {
    if (container.controller) onWaiting(() => activateWaiting(worker));
  };
  // A new version may already wait, or be installing (the navigation's own update check).
  const track = (worker: ServiceWorker | null) => {
    if (!worker) return;
    if (worker.state === 'installed') announce(worker);
    else
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed') announce(worker);
      });
  };
  track(registration.waiting);
  track(registration.installing);
  registration.addEventListener('updatefound', () => track(registration.installing));
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    if (Date.now() - lastCheck < UPDATE_CHECK_INTERVAL_MS) return;
    lastCheck = Date.now();
    // Offline, or the server is down: the installed version goes on working.
    registration.update().catch(() => undefined);
  });
}

/**
 * Lets the waiting version take over and reloads the page under it once it controls the page.
 * If another tab already did (the worker is active), this page just reloads.
 */
function activateWaiting(worker: ServiceWorker): void {
  if (worker.state === 'activated' || worker.state === 'redundant') {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  worker.postMessage({ type: 'SKIP_WAITING' });
}
