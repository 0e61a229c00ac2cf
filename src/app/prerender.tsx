/**
 * Build-time only (scripts/prerender.mjs bundles it for Node): the first screen of the default
 * route, Setup of the IRSA walkthrough, as HTML. The browser paints it before any JavaScript
 * has run; `main.tsx` then hydrates it. Everything the first render reads from the browser goes
 * through a server snapshot (media queries, stored choices, text measure), so hydration renders
 * exactly this.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { ExploreRoute, Root } from './root';

export async function renderFirstScreen(): Promise<string> {
  await ExploreRoute.preload();
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <Root />
    </StrictMode>,
    {
      // A part that fails here would be left to the browser: the build fails instead.
      onError: (error) => void errors.push(error),
      // Every boundary in place, in order: no inline script is needed to reveal one.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  );
  if (errors.length > 0) throw new AggregateError(errors, 'prerender: the first screen failed');
  return new Response(prelude).text();
}
