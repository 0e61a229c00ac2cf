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
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: theme });
      await irsa.open();
      await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
      for (let step = 0; step <= 6; step++) {
        if (step > 0) {
          await irsa.next.click();
          await expect(irsa.status).toHaveText(new RegExp(`^Step ${step} of 6`));
        }
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
