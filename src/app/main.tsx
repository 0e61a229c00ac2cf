import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { nextTask } from '../lib/next-task';
import { currentHash, parseFragment } from '../lib/url-state';
import { preloadPage, Root } from './root';
import './index.css';

const root = document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <Root />
    </StrictMode>
  );
  // The build prerenders Setup of the walkthrough into #root, and a few other pages beside it
  // (scripts/prerender.mjs). Opened at the default route, or at a prerendered page's own
  // fragment (the page's inline script has put that page in #root), the page hydrates what is
  // there; for any other page or a deep link the boot script has hidden it, and the page
  // renders from scratch.
  const html = document.documentElement;
  if (root.firstElementChild && !html.hasAttribute('data-deep-link')) {
    // The whole page hydrates in one pass once its code is here; until then the prerendered
    // page is on screen (and its links work). If the code cannot load, hydration goes ahead:
    // the page's error boundary then says so under the header, and the page is never blank.
    // Hydration starts in a task of its own, after the one that ran the chunk's modules, so a
    // phone's main thread is never held long enough to delay a tap.
    void preloadPage(parseFragment(currentHash()).route)
      .catch(() => undefined)
      .then(nextTask)
      .then(() => startTransition(() => void hydrateRoot(root, app)));
  } else {
    root.replaceChildren();
    html.removeAttribute('data-deep-link');
    createRoot(root).render(app);
  }
}
