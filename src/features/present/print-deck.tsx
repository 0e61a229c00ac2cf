import { MotionConfig } from 'motion/react';
import { useCallback, useState } from 'react';
import { DECK } from '../../machine/deck';
import { endOf } from '../../machine/deck';
import { SlideStage } from './slide-stage';
import type { DeckViews } from './types';

/**
 * Every slide for print and PDF, hidden on screen: each its own run at its last build, motion
 * reduced so what prints is the frame at rest. Slides are mounted one after another (each once
 * the one before is ready), so preparing them never competes with the slide on the screen.
 */
export function PrintDeck({ views, seed }: { views: DeckViews; seed: string | null }) {
  const [mounted, setMounted] = useState(1);
  const onReady = useCallback((index: number, ready: boolean) => {
    if (ready) setMounted((n) => Math.max(n, Math.min(DECK.length, index + 2)));
  }, []);
  return (
    <div className="deck-print" data-print-slides={mounted}>
      <MotionConfig reducedMotion="always">
        {DECK.slice(0, mounted).map((slide, i) => (
          <div key={slide.id} className="deck-print-page">
            <SlideStage
              slide={slide}
              build={endOf(i + 1).build}
              views={views}
              seed={seed}
              print
              onReady={(ready) => onReady(i, ready)}
            />
          </div>
        ))}
      </MotionConfig>
    </div>
  );
}
