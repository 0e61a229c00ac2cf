import type { Page } from '@playwright/test';
import { bundleReport, INITIAL_JS_BUDGET_BYTES } from '../scripts/bundle-size.mjs';
import { buildsAt, DeckPage, DECK } from './deck-page';
import { expect, test } from './fixtures';
import { verifyRfc7515Example } from './checker';

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

/** The other pages the build prerenders, at the fragments the app's own links give them. */
const PRERENDERED_PAGES = [
  { fragment: '#/check', heading: 'Check a token' },
  { fragment: '#/train', heading: 'Training' },
  { fragment: '#/present?slide=1', heading: DECK[0]!.title },
];

test.describe('before the JavaScript has arrived', () => {
  // The module scripts never arrive: what is on screen is the page's HTML and inline scripts.
  test.use({ allowConsoleErrors: [/Failed to load resource/] });

  for (const { fragment, heading } of PRERENDERED_PAGES)
    test(`${fragment} shows its own first screen`, async ({ irsa, page }) => {
      void irsa;
      await page.route('**/assets/*.js', (route) => route.abort());
      await page.goto(`./${fragment}`);
      const title = page.getByRole('heading', { level: 1, name: heading });
      await expect(title).toBeVisible();
      await expect(page.getByText('How does a pod get AWS credentials?')).toBeHidden();
      if (fragment.startsWith('#/present')) {
        // Laid out as a slide (the deck's own style sheet is on): the title in slide type, and
        // the slide number in its corner.
        await page.setViewportSize({ width: 1280, height: 720 });
        const size = await title.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
        expect(size).toBeGreaterThan(40);
        await expect(page.getByText(`1 / ${DECK.length}`)).toBeVisible();
      }
    });

  test('a fragment no page is prerendered for shows nothing prerendered (not Setup)', async ({
    irsa,
    page,
  }) => {
    void irsa;
    await page.route('**/assets/*.js', (route) => route.abort());
    // The list of exercises, but with a room seed: rendered in the browser, once it can.
    await page.goto('./#/train?keys=demo');
    await expect(page.locator('#root')).toBeHidden();
  });
});

/**
 * Opens `fragment` with the page's scripts held back until the returned function is called:
 * what is on screen meanwhile is the prerendered page.
 */
async function openWithScriptsHeld(page: Page, fragment = ''): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue();
  });
  // Not until `load`: that waits for the scripts held back.
  await page.goto(`./${fragment}`, { waitUntil: 'commit' });
  return release;
}

const hydrated = (page: Page) =>
  expect
    .poll(() => page.locator('#root').evaluate((root) => Object.keys(root).length > 0))
    .toBe(true);

/**
 * Opens `fragment` with the page's scripts held back, marks the prerendered heading, then lets
 * the scripts through and waits for hydration: the marked element is still the one on screen
 * (hydrated in place, not rendered again).
 */
async function openHydrated(page: Page, fragment: string, heading: string) {
  const release = await openWithScriptsHeld(page, fragment);
  const title = page.getByRole('heading', { level: 1, name: heading });
  await expect(title).toBeVisible();
  await title.evaluate((element) => element.setAttribute('data-prerendered-node', ''));
  release();
  await hydrated(page);
  await expect(title).toHaveAttribute('data-prerendered-node', '');
}

test('until it is hydrated the prerendered page takes no input; then it does', async ({
  irsa,
  page,
}) => {
  const release = await openWithScriptsHeld(page);
  await expect(page.getByRole('button', { name: 'Next step' })).toBeVisible();
  // A tap or typing now would be lost: the page is inert until its code answers.
  await expect(page.locator('#root')).toHaveAttribute('inert', '');
  release();
  await hydrated(page);
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  await irsa.next.click();
  await irsa.expectStep(1);
});

test('a fragment changed before the code arrives is where the page goes once it runs', async ({
  irsa,
  page,
}) => {
  void irsa;
  const release = await openWithScriptsHeld(page);
  await expect(page.getByRole('button', { name: 'Next step' })).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/check'));
  release();
  await hydrated(page);
  // Hydrated as Setup (what was on screen), then on to the checker; a mismatch would be a
  // console error, which fails the test.
  await expect(page.getByRole('heading', { level: 1, name: 'Check a token' })).toBeVisible();
  await verifyRfc7515Example(page);
});

test('a returning reader’s stored choices show before the code arrives, and nothing flips after', async ({
  irsa,
  page,
}) => {
  await page.addInitScript(() => {
    localStorage.setItem('irsa.dark-theme', 'true');
    localStorage.setItem('irsa.cold-open-dismissed', 'true');
  });
  const release = await openWithScriptsHeld(page);
  await expect(page.getByRole('button', { name: 'Next step' })).toBeVisible();
  const darkSwitch = page.getByRole('switch', { name: 'Dark theme' });
  /** How far the switch's knob sits from the left of its track (about 20 px when on). */
  const knobOffset = () =>
    darkSwitch.evaluate((button) => {
      const track = button.querySelector('[data-switch-track]')!.getBoundingClientRect();
      return button.querySelector('[data-switch-knob]')!.getBoundingClientRect().x - track.x;
    });
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expect(page.getByText('How does a pod get AWS credentials?')).toBeHidden();
  expect(await knobOffset()).toBeGreaterThan(15);
  release();
  await hydrated(page);
  await expect(darkSwitch).toHaveAttribute('aria-checked', 'true');
  expect(await knobOffset()).toBeGreaterThan(15);
  await expect(page.getByText('How does a pod get AWS credentials?')).toHaveCount(0);
  await irsa.next.click();
  await irsa.expectStep(1);
});

test('the prerendered checker hydrates in place and then verifies a token', async ({
  irsa,
  page,
}) => {
  void irsa;
  await openHydrated(page, '#/check', 'Check a token');
  await verifyRfc7515Example(page);
});

test('the prerendered list of exercises hydrates in place and then opens one', async ({
  irsa,
  page,
}) => {
  void irsa;
  await openHydrated(page, '#/train', 'Training');
  const first = page.locator('li[data-exercise]').first();
  const id = await first.getAttribute('data-exercise');
  await first.getByRole('link').click();
  await expect(page.locator(`article[data-exercise="${id}"]`)).toBeVisible();
});

test('the prerendered first slide hydrates in place and then moves on', async ({ irsa, page }) => {
  void irsa;
  await openHydrated(page, '#/present?slide=1', DECK[0]!.title);
  const deck = new DeckPage(page);
  await deck.expectAt(1, 0);
  await page.keyboard.press('ArrowRight');
  if (buildsAt(1) > 0) await deck.expectAt(1, 1);
  else await deck.expectAt(2, 0);
});

test(`the first load is at most ${INITIAL_JS_BUDGET_BYTES / 1000} KB of gzipped JavaScript`, () => {
  // The build the e2e server serves (playwright.config.ts builds dist/).
  const { initialGzip } = bundleReport(process.env.BUILD_DIR ?? 'dist');
  expect(initialGzip).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
});
