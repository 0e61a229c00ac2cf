import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const SIZES = [
  { name: 'projector', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
];

for (const size of SIZES) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.1 AA violation on any step (${size.name}, ${theme})`, async ({
      irsa,
      page,
    }) => {
      // Seven axe runs: slow on a loaded machine, however correct the page.
      test.slow();
      await page.setViewportSize(size);
      // Colours are judged at rest: reduced motion, and the check chips fully faded in (axe on a
      // half-faded chip would measure a contrast no reader is left with).
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await irsa.open();
      await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
      for (let step = 0; step <= 6; step++) {
        if (step > 0) await irsa.next.click();
        await irsa.expectStep(step);
        await irsa.diagramAtRest();
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
          .analyze();
        expect(
          results.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
          `step ${step}`,
        ).toEqual([]);
      }
    });
  }
}
