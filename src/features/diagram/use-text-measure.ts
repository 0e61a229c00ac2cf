import { useSyncExternalStore } from 'react';
import { estimate, type Measure } from './layout';

/**
 * The browser's own text measure (canvas, same font family as the page), so chips and check
 * panels are exactly as wide as their words. The prerendered page (and the hydration render that
 * must equal it) uses the estimate, as does a browser without canvas.
 */
export function useTextMeasure(): Measure {
  return useSyncExternalStore(noChanges, canvasMeasure, () => estimate);
}

const noChanges = () => () => {};

/** One measure for the page's life: the font family does not change. */
let cached: Measure | null = null;

function canvasMeasure(): Measure {
  if (cached) return cached;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (cached = estimate);
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const widths = new Map<string, number>();
  cached = (text, size, bold) => {
    const key = `${size}|${bold ? 1 : 0}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      context.font = `${bold ? 700 : 500} ${size}px ${family}`;
      width = context.measureText(text).width;
      widths.set(key, width);
    }
    return width;
  };
  return cached;
}
