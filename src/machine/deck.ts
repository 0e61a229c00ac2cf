/**
 * Moving through the presenter's deck, as pure functions: a position is a slide (from 1) and a
 * build within it. A step slide has one build (the step plays), a failure slide two (the failing
 * hop plays, then the fix appears). Forward enters a slide at its first build, as reveal.js does;
 * backward enters it at its last, which is also the frame printed.
 */
import { DECK, type Slide } from '../content/slides';

// The deck's views read the slides through here, as they read every other content through machine/.
export {
  DECK,
  type Slide,
  type SlideArtifact,
  type SlideKind,
  type SpeakerNotes,
} from '../content/slides';

export interface DeckPosition {
  slide: number;
  build: number;
}

/** How many times "next" changes a slide before it moves on. */
export function buildsOf(slide: Slide): number {
  if (slide.kind === 'step') return 1;
  if (slide.kind === 'failure') return 2;
  return 0;
}

export function slideAt(position: DeckPosition, deck: readonly Slide[] = DECK): Slide {
  return deck[clampSlide(position.slide, deck) - 1]!;
}

export function clampSlide(slide: number, deck: readonly Slide[] = DECK): number {
  return Math.min(Math.max(1, Math.trunc(slide) || 1), deck.length);
}

/** A slide's first build (where a jump, a link or "next" lands). */
export function startOf(slide: number, deck: readonly Slide[] = DECK): DeckPosition {
  return { slide: clampSlide(slide, deck), build: 0 };
}

/** A slide's last build: everything shown, as printed. */
export function endOf(slide: number, deck: readonly Slide[] = DECK): DeckPosition {
  const n = clampSlide(slide, deck);
  return { slide: n, build: buildsOf(deck[n - 1]!) };
}

/** Keep a position (from a URL, another window, a host page) within the deck. */
export function clampPosition(position: DeckPosition, deck: readonly Slide[] = DECK): DeckPosition {
  const slide = clampSlide(position.slide, deck);
  const last = buildsOf(deck[slide - 1]!);
  return { slide, build: Math.min(Math.max(0, Math.trunc(position.build) || 0), last) };
}

export function nextPosition(position: DeckPosition, deck: readonly Slide[] = DECK): DeckPosition {
  const here = clampPosition(position, deck);
  if (here.build < buildsOf(slideAt(here, deck))) return { ...here, build: here.build + 1 };
  return here.slide < deck.length ? startOf(here.slide + 1, deck) : here;
}

export function previousPosition(
  position: DeckPosition,
  deck: readonly Slide[] = DECK,
): DeckPosition {
  const here = clampPosition(position, deck);
  if (here.build > 0) return { ...here, build: here.build - 1 };
  return here.slide > 1 ? endOf(here.slide - 1, deck) : here;
}

export const isFirst = (p: DeckPosition) => p.slide === 1 && p.build === 0;
export function isLast(p: DeckPosition, deck: readonly Slide[] = DECK): boolean {
  const end = endOf(deck.length, deck);
  return p.slide === end.slide && p.build === end.build;
}

/** What a slide shows at a build: the step its run stands at, and whether the fix is shown. */
export interface SlideFrame {
  /** The run's target step (0 = Setup); null for slides without a run. */
  step: number | null;
  /** Failure slides, last build: the fix and the run with the fix applied. */
  showFix: boolean;
}

export function slideFrame(slide: Slide, build: number): SlideFrame {
  if (!slide.run) return { step: null, showFix: false };
  const { step } = slide.run;
  if (slide.kind === 'step' || slide.kind === 'failure')
    return { step: build === 0 ? step - 1 : step, showFix: slide.kind === 'failure' && build >= 2 };
  return { step, showFix: false };
}

/** Said to screen readers on every change: "Slide 4 of 13: 2. STS asks IAM to verify". */
export function announcement(position: DeckPosition, deck: readonly Slide[] = DECK): string {
  const slide = slideAt(position, deck);
  const base = `Slide ${position.slide} of ${deck.length}: ${slide.title}`;
  if (position.build === 0) return base;
  if (slide.kind === 'failure' && position.build >= 2) return `${base}. The fix.`;
  return `${base}. Step ${slide.run?.step ?? ''} played.`;
}
