import { describe, expect, it } from 'vitest';
import { DECK } from '../content/slides';
import { catalogueOf } from './flow-catalogue';
import {
  announcement,
  buildsOf,
  clampPosition,
  endOf,
  isLast,
  nextPosition,
  previousPosition,
  slideFrame,
  type DeckPosition,
} from './deck';

const walk = (from: DeckPosition, move: typeof nextPosition, times: number) => {
  const seen = [from];
  for (let i = 0; i < times; i++) seen.push(move(seen.at(-1)!));
  return seen;
};

describe('the deck', () => {
  it('holds the slides the issue asks for, in order', () => {
    const kinds = DECK.map((s) => s.kind);
    expect(kinds[0]).toBe('title');
    expect(kinds[1]).toBe('setup');
    expect(DECK.filter((s) => s.kind === 'step').map((s) => s.run?.step)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    expect(DECK.filter((s) => s.kind === 'failure').map((s) => s.run?.scenario)).toEqual([
      'token-audience-annotation-typo',
      'sub-other-namespace',
      'no-oidc-provider',
    ]);
    expect(kinds.filter((k) => k === 'comparison')).toHaveLength(1);
    expect(kinds.at(-1)).toBe('summary');
    expect(new Set(DECK.map((s) => s.id)).size).toBe(DECK.length);
  });

  it('names only scenarios the catalogue has, and failures that fail where the slide says', () => {
    for (const slide of DECK) {
      if (!slide.run || slide.run.flow !== 'irsa' || !slide.run.scenario) continue;
      const { entry } = catalogueOf('irsa').choice(slide.run.scenario, false);
      expect(entry.id).toBe(slide.run.scenario);
      expect(entry.expected.step).toBe(slide.run.step);
      expect(entry.fix).not.toBeNull();
    }
  });

  it('gives every slide one sentence of narration and notes with points and questions', () => {
    for (const slide of DECK) {
      expect(slide.narration.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBe(1);
      expect(slide.notes.points.length).toBeGreaterThan(0);
      expect(slide.notes.questions.length).toBeGreaterThan(0);
    }
  });

  it('plays each build before it moves on, and comes back through the same frames', () => {
    const start = { slide: 1, build: 0 };
    const total = DECK.reduce((n, s) => n + 1 + buildsOf(s), 0);
    const forward = walk(start, nextPosition, total - 1);
    expect(isLast(forward.at(-1)!)).toBe(true);
    // Next at the end stays there.
    expect(nextPosition(forward.at(-1)!)).toEqual(forward.at(-1));
    const back = walk(forward.at(-1)!, previousPosition, total - 1);
    expect(back.reverse()).toEqual(forward);
    expect(previousPosition(start)).toEqual(start);
  });

  it('shows a step slide before and after its step, and a failure slide then its fix', () => {
    const step3 = DECK.find((s) => s.id === 'step-3')!;
    expect(slideFrame(step3, 0)).toEqual({ step: 2, showFix: false });
    expect(slideFrame(step3, 1)).toEqual({ step: 3, showFix: false });
    const audience = DECK.find((s) => s.id === 'failure-wrong-audience')!;
    expect([0, 1, 2].map((b) => slideFrame(audience, b))).toEqual([
      { step: 2, showFix: false },
      { step: 3, showFix: false },
      { step: 3, showFix: true },
    ]);
    expect(slideFrame(DECK[0]!, 0)).toEqual({ step: null, showFix: false });
  });

  it('keeps positions from outside within the deck', () => {
    expect(clampPosition({ slide: 99, build: 7 })).toEqual(endOf(DECK.length));
    expect(clampPosition({ slide: -3, build: -1 })).toEqual({ slide: 1, build: 0 });
    expect(clampPosition({ slide: Number.NaN, build: 0.5 })).toEqual({ slide: 1, build: 0 });
  });

  it('announces the slide, its number and what changed', () => {
    const n = DECK.findIndex((s) => s.id === 'step-2') + 1;
    expect(announcement({ slide: n, build: 0 })).toBe(
      `Slide ${n} of ${DECK.length}: 2. STS asks IAM to verify`,
    );
    expect(announcement({ slide: n, build: 1 })).toMatch(/Step 2 played\.$/);
  });
});
