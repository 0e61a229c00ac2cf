import { bundleReport, INITIAL_JS_BUDGET_BYTES } from '../scripts/bundle-size.mjs';
import { expect, test } from './fixtures';

/**
 * The first screen is in the HTML (prerendered at build time, scripts/prerender.mjs): a reader
 * on a slow phone sees the walkthrough before its JavaScript has arrived, and the page then
 * hydrates it without a change the reader could see.
 */
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the walkthrough is on screen at Setup, with its controls and the diagram', async ({
    irsa,
    page,
  }) => {
    // The fixture still checks the console and the requests (nothing runs, nothing is sent).
    void irsa;
    await page.goto('./');
    await expect(page.getByRole('banner').getByText('IRSA Visualizer')).toBeVisible();
    await expect(page.getByRole('button', { name: /Next/ }).first()).toBeVisible();
    await expect(page.getByText('How does a pod get AWS credentials?')).toBeVisible();
    await expect(page.getByRole('tab', { name: 'What happens' })).toBeVisible();
  });
});

test('the page hydrates the prerendered screen in place and then works', async ({ irsa, page }) => {
  // No fragment: the default route, the one that is prerendered and hydrated.
  await page.goto('./');
  await irsa.expectStep(0);
  // Hydration problems are console errors, which fail every test (fixtures.ts).
  await page.getByRole('button', { name: /Next/ }).first().click();
  await irsa.expectStep(1);
});

test.describe('on a system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the page is dark and its theme switch says so after hydration', async ({ irsa, page }) => {
    await page.goto('./');
    await irsa.expectStep(0);
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(page.getByRole('switch', { name: 'Dark theme' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  });
});

test('a deep link opens its own page, not the prerendered Setup', async ({ irsa, page }) => {
  await page.goto('./#/check');
  void irsa;
  await expect(page.getByRole('heading', { name: /Check a token/i }).first()).toBeVisible();
  await expect(page.getByText('How does a pod get AWS credentials?')).toHaveCount(0);
});

test(`the first load is at most ${INITIAL_JS_BUDGET_BYTES / 1000} KB of gzipped JavaScript`, () => {
  // The build the e2e server serves (playwright.config.ts builds dist/).
  const { initialGzip } = bundleReport(process.env.BUILD_DIR ?? 'dist');
  expect(initialGzip).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
});
