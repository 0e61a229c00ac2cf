/**
 * Build-time only (scripts/prerender.mjs bundles it for Node): the first screen of each page the
 * build prerenders, as HTML. The browser paints it before any JavaScript has run; `main.tsx`
 * then hydrates it. Everything the first render reads from the browser goes through a server
 * snapshot (media queries, stored choices, training progress, text measure), so hydration
 * renders exactly this.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { formatDeck, formatPage, formatTrain, parseFragment } from '../lib/url-state';
import { preloadPage, Root } from './root';

/**
 * The fragments whose first screens are prerendered, as the app's own links write them: the
 * walkthrough at Setup (no fragment), the token checker, the list of training exercises and the
 * deck's first slide. With a seed or any other parameter a page renders in the browser instead.
 */
export const PRERENDERED_FRAGMENTS = [
  '',
  formatPage('check', null),
  formatTrain('list', null, null),
  formatDeck(1, 'audience', null),
];

/**
 * The style sheet a page's own code brings besides the app's (Vite names it after the module
 * that imports it: the deck's layout and print rules), by fragment: the prerendered screen needs
 * it before that code has arrived.
 */
export const PAGE_SHEETS: Record<string, string> = {
  [formatDeck(1, 'audience', null)]: 'present-page',
};

export async function renderFirstScreen(fragment: string): Promise<string> {
  await preloadPage(parseFragment(fragment).route);
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <Root fragment={fragment} />
    </StrictMode>,
    {
      // A part that fails here would be left to the browser: the build fails instead.
      onError: (error) => void errors.push(error),
      // Every boundary in place, in order: no inline script is needed to reveal one.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  );
  if (errors.length > 0)
    throw new AggregateError(errors, `prerender: the first screen of "${fragment}" failed`);
  return new Response(prelude).text();
}
