import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { ExploreRoute, Root } from './root';
import './index.css';

const root = document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <Root />
    </StrictMode>
  );
  // The build prerenders Setup of the walkthrough into #root (scripts/prerender.mjs). Opened at
  // the default route, the page hydrates it; for another page or a deep link the boot script
  // has hidden it, and the page renders from scratch.
  const html = document.documentElement;
  if (root.firstElementChild && !html.hasAttribute('data-deep-link')) {
    // The whole page hydrates in one pass once its code is here; until then the prerendered
    // page is on screen (and its links work). If the code cannot load, hydration goes ahead:
    // the page's error boundary then says so under the header, and the page is never blank.
    void ExploreRoute.preload()
      .catch(() => undefined)
      .then(() => startTransition(() => void hydrateRoot(root, app)));
  } else {
    root.replaceChildren();
    html.removeAttribute('data-deep-link');
    createRoot(root).render(app);
  }
}
