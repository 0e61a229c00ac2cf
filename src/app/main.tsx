import { startTransition, StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { nextTask } from '../lib/next-task';
import { parseFragment } from '../lib/url-state';
import { preloadPage, Root } from './root';
import './index.css';

/**
 * The prerendered page is `inert` until React has hydrated it (scripts/prerender.mjs): once it
 * has (this effect runs after every effect below it), the page takes input.
 */
function Interactive({ root, children }: { root: HTMLElement; children: ReactNode }) {
  useEffect(() => root.removeAttribute('inert'), [root]);
  return children;
}

const root = document.getElementById('root');
if (root) {
  const app = (fragment?: string) => (
    <StrictMode>
      <Root fragment={fragment} />
    </StrictMode>
  );
  // The build prerenders Setup of the walkthrough into #root, and a few other pages beside it
  // (scripts/prerender.mjs). Opened at the default route, or at a prerendered page's own
  // fragment (the page's inline script has put that page in #root), the page hydrates what is
  // there; for any other page or a deep link the boot script has hidden it, and the page
  // renders from scratch.
  const html = document.documentElement;
  // The fragment the prerendered screen in #root was made for: hydration renders that one, even
  // if the fragment changed before the code arrived (the page then moves there once hydrated).
  const prerendered = root.getAttribute('data-fragment');
  if (root.firstElementChild && prerendered !== null && !html.hasAttribute('data-deep-link')) {
    // The whole page hydrates in one pass once its code is here; until then the prerendered
    // page is on screen (inert: see Interactive). If the code cannot load, hydration goes ahead:
    // the page's error boundary then says so under the header, and the page is never blank.
    // Hydration starts in a task of its own, after the one that ran the chunk's modules, so a
    // phone's main thread is never held long enough to delay a tap.
    void preloadPage(parseFragment(prerendered).route)
      .catch(() => undefined)
      .then(nextTask)
      .then(() =>
        startTransition(
          () => void hydrateRoot(root, <Interactive root={root}>{app(prerendered)}</Interactive>),
        ),
      );
  } else {
    root.replaceChildren();
    root.removeAttribute('inert');
    html.removeAttribute('data-deep-link');
    createRoot(root).render(app());
  }
}
