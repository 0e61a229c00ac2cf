import { useCallback, useEffect, useRef, useState } from 'react';
import { formatDeck, parseFragment, type DeckView } from '../../lib/url-state';
import { clampPosition, startOf, type DeckPosition } from '../../machine/deck';

/**
 * Where the deck stands, kept with the URL: each new slide is a history entry (Back and Forward
 * move through the deck, a reload returns to the slide), builds within a slide are not. Inside a
 * host page's frame the URL is replaced instead, so the host's Back button stays the host's.
 */
export function useDeckPosition(
  initialSlide: number,
  view: DeckView,
  seed: string | null,
): [DeckPosition, (next: DeckPosition) => void] {
  const [position, setPosition] = useState(() => startOf(initialSlide));
  const go = useCallback((next: DeckPosition) => setPosition(clampPosition(next)), []);
  const first = useRef(true);

  useEffect(() => {
    const wanted = formatDeck(position.slide, view, seed);
    if (window.location.hash !== wanted) {
      const replace =
        first.current ||
        view === 'embed' ||
        parseFragment(window.location.hash).slide === position.slide;
      window.history[replace ? 'replaceState' : 'pushState'](null, '', wanted);
    }
    first.current = false;
  }, [position.slide, view, seed]);

  useEffect(() => {
    const follow = () => {
      const state = parseFragment(window.location.hash);
      if (state.route !== 'present') return;
      setPosition((here) => (here.slide === state.slide ? here : startOf(state.slide)));
    };
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, []);

  return [position, go];
}
