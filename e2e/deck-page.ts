import { expect, type Locator, type Page } from '@playwright/test';
import { DECK } from '../src/content/slides';
import { buildsOf } from '../src/machine/deck';

export { DECK };

/** The slide number of a slide, by its id (slides are numbered from 1). */
export const slideNumber = (id: string) => DECK.findIndex((s) => s.id === id) + 1;
/** How many times "next" changes slide `n` before the deck moves on. */
export const buildsAt = (n: number) => buildsOf(DECK[n - 1]!);

/** Page object for the presenter's deck (`#/present`): what the room sees, found as a user would. */
export class DeckPage {
  /** The slide on screen (the slides before and after it are mounted but hidden). */
  readonly slide: Locator;
  readonly title: Locator;
  readonly number: Locator;
  readonly overview: Locator;
  readonly blackout: Locator;

  constructor(readonly page: Page) {
    this.slide = page.locator('section[data-slide]:visible');
    this.title = page.getByRole('heading', { level: 1 });
    this.number = this.slide.locator('[data-slide-number]');
    this.overview = page.getByRole('dialog', { name: 'All slides' });
    this.blackout = page.getByRole('button', { name: /^Black screen/ });
  }

  /** Open the deck at slide `n` (room seed `demo` unless told otherwise), its runs at rest. */
  async open(n: number, params = 'seed=demo'): Promise<void> {
    await this.page.goto(`./#/present?slide=${n}${params ? `&${params}` : ''}`);
    await this.expectAt(n, 0);
  }

  /** Slide `n` at build `build` is on screen, its title the page's heading, its runs at rest. */
  async expectAt(n: number, build: number): Promise<void> {
    await expect(this.number).toHaveText(`${n} / ${DECK.length}`);
    await expect(this.title).toHaveText(DECK[n - 1]!.title);
    await expect(this.slide).toHaveAttribute('data-build', String(build));
    await expect(this.slide).toHaveAttribute('data-ready', 'true');
  }

  /**
   * Wait until the slide's diagram is at rest: check chips and failure lines fully faded in,
   * and no chip moving between two frames.
   */
  async diagramAtRest(): Promise<void> {
    await expect
      .poll(() =>
        this.slide.evaluate(async (slide) => {
          const svgs = [...slide.querySelectorAll('figure svg')];
          const faded = svgs.flatMap((svg) => [
            ...svg.querySelectorAll('[data-check-state], [data-label="failure"]'),
          ]);
          if (faded.some((el) => getComputedStyle(el).opacity !== '1')) return false;
          const chips = () =>
            [...slide.querySelectorAll('[data-chip]')]
              .map((el) => el.getBoundingClientRect().x)
              .join();
          const before = chips();
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return chips() === before;
        }),
      )
      .toBe(true);
  }
}

/**
 * Every text of the slide on screen: its rendered size in CSS pixels (HTML: font size × the
 * element's scale; SVG: font size × the figure's scale), and whether it, or any element, leaves
 * the slide or a box that clips it.
 */
export async function measureText(slide: Locator) {
  return slide.evaluate((root) => {
    const problems: string[] = [];
    let smallest = Infinity;
    let measured = 0;
    let drawn = 0;
    const inside = (r: DOMRect, box: DOMRect) =>
      r.left >= box.left - 1 &&
      r.right <= box.right + 1 &&
      r.top >= box.top - 1 &&
      r.bottom <= box.bottom + 1;
    const slideBox = root.getBoundingClientRect();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el || el.closest('.sr-only, title, desc')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) size *= el.getScreenCTM()?.a ?? 1;
      else if (el instanceof HTMLElement && el.offsetWidth > 0)
        size *= el.getBoundingClientRect().width / el.offsetWidth;
      smallest = Math.min(smallest, size);
      measured++;
      if (el instanceof SVGElement) drawn++;
      // Inside the slide, and inside every ancestor that clips.
      for (
        let box: Element | null = el;
        box && box !== root.parentElement;
        box = box.parentElement
      ) {
        const style = getComputedStyle(box);
        if (box !== root && style.overflowX === 'visible' && style.overflowY === 'visible')
          continue;
        const limit = box.getBoundingClientRect();
        if (!rects.every((r) => inside(r, limit)))
          problems.push(`"${text.slice(0, 40)}" leaves ${box.tagName.toLowerCase()}`);
      }
    }
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('.sr-only, defs, title')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (!inside(r, slideBox)) problems.push(`<${el.tagName.toLowerCase()}> leaves the slide`);
    }
    return { smallest, problems, measured, drawn };
  });
}
