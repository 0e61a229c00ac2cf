import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { IrsaPage } from './irsa-page';

/**
 * The diagram's layout at each step, at rest (reduced motion): no two labels overlap, labels stay
 * inside their own actor box and off the others, the drawing never moves between steps, and the
 * page is never wider than the screen.
 */

// Twelve independent walks: let both workers take them.
test.describe.configure({ mode: 'parallel' });

const SIZES = [
  { name: 'projector', width: 1280, height: 720 },
  { name: 'full HD', width: 1920, height: 1080 },
  { name: 'phone', width: 390, height: 844 },
];
const SCENARIOS = [
  { id: 'happy-path', failsAt: null },
  { id: 'provider-client-id-typo', failsAt: 3 },
  { id: 'sub-other-namespace', failsAt: 4 },
  { id: 'pod-created-before-annotation', failsAt: 6 },
] as const;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Label extends Rect {
  kind: string;
  text: string;
  actor: string | null;
  /** Rendered font size in CSS pixels: computed font-size times the SVG's scale. */
  px: number;
}
interface Measured {
  svg: Rect;
  labels: Label[];
  boxes: (Rect & { actor: string })[];
  pageWidth: number;
  viewportWidth: number;
}

/**
 * Measure the diagram once it is at rest: two animation frames in a row with the same rects (the
 * check chips may still fade in, which moves nothing).
 */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(async () => {
    // In page coordinates: a click may scroll the page, which is not the diagram moving.
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    };
    const snap = (): Measured => {
      const svg = document.querySelector('figure svg')!;
      const scale = (svg as SVGSVGElement).getScreenCTM()?.a ?? 1;
      return {
        svg: rect(svg),
        labels: [...svg.querySelectorAll('text[data-label]')]
          .map((t) => ({
            ...rect(t),
            kind: t.getAttribute('data-label') ?? '',
            text: t.textContent ?? '',
            actor: t.closest('[data-actor]')?.getAttribute('data-actor') ?? null,
            px: parseFloat(getComputedStyle(t).fontSize) * scale,
          }))
          .filter((l) => l.width > 0 && l.height > 0),
        boxes: [...svg.querySelectorAll('rect[data-actor-box]')].map((b) => ({
          ...rect(b),
          actor: b.getAttribute('data-actor-box') ?? '',
        })),
        pageWidth: document.documentElement.scrollWidth,
        viewportWidth: window.innerWidth,
      };
    };
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = snap();
    for (let i = 0; i < 600; i++) {
      await frame();
      const next = snap();
      if (JSON.stringify(next) === JSON.stringify(last)) return next;
      last = next;
    }
    return last;
  });
}

const shrink = (r: Rect, by: number): Rect => ({
  x: r.x + by,
  y: r.y + by,
  width: r.width - 2 * by,
  height: r.height - 2 * by,
});
const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Rect, b: Rect) =>
  a.x >= b.x - 0.5 &&
  a.y >= b.y - 0.5 &&
  a.x + a.width <= b.x + b.width + 0.5 &&
  a.y + a.height <= b.y + b.height + 0.5;
const name = (l: Label) => `${l.kind} "${l.text}"`;

/** Everything wrong with the layout at one step, in words. */
function problems(m: Measured): string[] {
  const found: string[] = [];
  const labels = m.labels.map((l) => ({ label: l, box: shrink(l, 1) }));
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      if (intersects(labels[i]!.box, labels[j]!.box))
        found.push(`${name(labels[i]!.label)} overlaps ${name(labels[j]!.label)}`);
  for (const { label, box } of labels) {
    const own = label.kind.startsWith('actor-') ? label.actor : null;
    for (const actorBox of m.boxes) {
      if (actorBox.actor === own) {
        if (!inside(label, actorBox)) found.push(`${name(label)} sticks out of its box`);
      } else if (intersects(box, actorBox)) {
        found.push(`${name(label)} touches the ${actorBox.actor} box`);
      }
    }
  }
  if (m.pageWidth > m.viewportWidth)
    found.push(`page is ${m.pageWidth}px wide in a ${m.viewportWidth}px viewport`);
  return found;
}

/** Move to `step` (Next step from the one before) and wait until the status shows it settled. */
async function showStep(irsa: IrsaPage, step: number, fails: boolean): Promise<void> {
  if (step > 0) await irsa.next.click();
  if (step === 0) await expect(irsa.status).toHaveText('Setup');
  else if (fails) await expect(irsa.status).toHaveText(new RegExp(`^Step ${step} of 6.* failed: `));
  else
    await expect(irsa.status).toHaveText(new RegExp(`^Step ${step} of 6: (?!.*(working|failed))`));
}

for (const size of SIZES) {
  for (const scenario of SCENARIOS) {
    test(`the diagram keeps its place and no label overlaps (${scenario.id}, ${size.width}×${size.height})`, async ({
      irsa,
      page,
    }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await irsa.open(`#scenario=${scenario.id}&step=0&keys=demo`);
      // The app follows the system setting: the switch says so, and the chip rests at once.
      await expect(page.getByRole('switch', { name: 'Reduce motion' })).toHaveAttribute(
        'aria-checked',
        'true',
      );
      await expect(page.locator('svg[data-layout]')).toHaveAttribute(
        'data-layout',
        size.width > 640 ? 'wide' : 'narrow',
      );
      const last = scenario.failsAt ?? 6;
      let first: Rect | null = null;
      for (let step = 0; step <= last; step++) {
        await showStep(irsa, step, step === scenario.failsAt);
        const m = await measure(page);
        expect(problems(m), `step ${step}`).toEqual([]);
        first ??= m.svg;
        for (const key of ['x', 'y', 'width', 'height'] as const)
          expect(Math.abs(m.svg[key] - first[key]), `diagram ${key} at step ${step}`).toBeLessThan(
            0.5,
          );
        if (size.width === 1920) {
          for (const l of m.labels.filter((l) => l.kind === 'actor-name'))
            expect(l.px, `${name(l)} at step ${step}`).toBeGreaterThanOrEqual(28);
          for (const l of m.labels.filter((l) => l.kind === 'chip'))
            expect(l.px, `${name(l)} at step ${step}`).toBeGreaterThanOrEqual(20);
        }
      }
    });
  }
}
