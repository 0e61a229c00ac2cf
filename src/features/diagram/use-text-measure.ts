import { useMemo } from 'react';
import { estimate, type Measure } from './layout';

/**
 * The browser's own text measure (canvas, same font family as the page), so chips and check
 * panels are exactly as wide as their words. Falls back to an estimate where canvas is missing.
 */
export function useTextMeasure(): Measure {
  return useMemo(() => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return estimate;
    const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
    const cache = new Map<string, number>();
    return (text, size, bold) => {
      const key = `${size}|${bold ? 1 : 0}|${text}`;
      let width = cache.get(key);
      if (width === undefined) {
        context.font = `${bold ? 700 : 500} ${size}px ${family}`;
        width = context.measureText(text).width;
        cache.set(key, width);
      }
      return width;
    };
  }, []);
}
