import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TABS = ['What happens', 'Token', 'HTTP', 'Policy', 'All artifacts'];
const PHONE = { width: 390, height: 844 };

/** Open a tab and wait until its panel shows what it is for at this step. */
async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).not.toContainText('Working…');
}

/**
 * Visible text in the inspector smaller than allowed: 14 px, or 13 px for monospace code.
 * Each element with its own text is measured with getComputedStyle; sr-only text is skipped.
 */
function smallText(page: Page): Promise<string[]> {
  return page.getByRole('tabpanel').evaluate((panel) => {
    const small: string[] = [];
    for (const el of panel.querySelectorAll<HTMLElement>('*')) {
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      const box = el.getBoundingClientRect();
      if (!own || box.width <= 1 || box.height <= 1) continue;
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      const min = /mono/i.test(style.fontFamily) ? 13 : 14;
      if (size < min) small.push(`${size}px: ${own.slice(0, 40)}`);
    }
    return small;
  });
}

test('inspector text is at least 14 px (code at least 13 px) on every tab of steps 3 and 4', async ({
  irsa,
  page,
}) => {
  for (const step of [3, 4]) {
    await irsa.open(`#step=${step}&keys=demo`);
    for (const tab of TABS) {
      await openTab(page, tab);
      expect(await smallText(page), `step ${step}, ${tab}`).toEqual([]);
    }
  }
});

test('a "checked here" badge never breaks: the line wraps before it', async ({ irsa, page }) => {
  await page.setViewportSize(PHONE);
  await irsa.open('#step=3&keys=demo');
  await openTab(page, 'Token');
  const badges = page.locator('li[data-checked]').getByText('checked here');
  // Step 3 checks alg, kid, aud, exp, iss and nbf.
  await expect(badges).toHaveCount(6);
  for (const badge of await badges.all()) {
    const lines = await badge.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines, await badge.evaluate((el) => el.closest('li')?.dataset.claim)).toBe(1);
  }
});

test('the Token tab gives iat, nbf and exp their UTC time against the run’s clock', async ({
  irsa,
  page,
}) => {
  await irsa.open('#step=3&keys=demo'); // clock fixed at 2026-11-28T12:00:00Z
  await openTab(page, 'Token');
  const claim = (name: string) => page.locator(`li[data-claim="${name}"]`);
  await expect(claim('iat')).toContainText('1795867200');
  await expect(claim('iat')).toContainText('2026-11-28 12:00:00 UTC (now)');
  await expect(claim('nbf')).toContainText('2026-11-28 12:00:00 UTC (now)');
  await expect(claim('exp')).toContainText('2026-11-29 12:00:00 UTC (valid for 24 more hours)');
  await expect(claim('kubernetes.io').locator('[data-time]')).toHaveCount(0);
  await expect(claim('sub').locator('[data-time]')).toHaveCount(0);

  // The step's checks carry the UTC time too, and an expired token says since when.
  await irsa.open('#scenario=expired-token&step=3&keys=demo');
  await openTab(page, 'Token');
  await expect(claim('exp')).toContainText('2026-11-28 11:00:00 UTC (expired 60 minutes ago)');
  await openTab(page, 'What happens');
  await expect(irsa.check('exp')).toContainText('now (1795867200, 2026-11-28 12:00:00 UTC) < exp');
  await expect(irsa.check('exp')).toContainText(
    '1795863600 (2026-11-28 11:00:00 UTC, expired 60 minutes ago)',
  );
  await expect(irsa.check('exp')).toHaveAttribute('data-passed', 'false');
});

test('"Real mechanics" stays on from step to step and shows each step’s mechanics', async ({
  irsa,
  page,
}) => {
  await irsa.open('#step=1&keys=demo');
  const real = page.getByRole('switch', { name: 'Real mechanics' });
  await expect(real).toHaveAttribute('aria-checked', 'false');
  await real.click();
  await expect(real).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('The call is unsigned');
  await irsa.next.click();
  await expect(irsa.status).toHaveText(/^Step 2 of 6/);
  await expect(real).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('tabpanel')).toContainText(/Real mechanics: .+/);
  await expect(page.getByRole('tabpanel')).not.toContainText('The call is unsigned');
  // Another tab and back: still on.
  await openTab(page, 'Token');
  await openTab(page, 'What happens');
  await expect(real).toHaveAttribute('aria-checked', 'true');
  await real.click();
  await expect(real).toHaveAttribute('aria-checked', 'false');
  await expect(page.getByRole('tabpanel')).not.toContainText('Real mechanics:');
});

test('no tab of step 3 makes the page wider than a 390 px phone', async ({ irsa, page }) => {
  await page.setViewportSize(PHONE);
  await irsa.open('#step=3&keys=demo');
  for (const tab of TABS) {
    await openTab(page, tab);
    const overflow = await page.evaluate(() => {
      const wide: string[] = [];
      const root = document.documentElement;
      if (root.scrollWidth > window.innerWidth) wide.push(`page ${root.scrollWidth}px`);
      // Code blocks scroll on their own: they must wrap instead.
      for (const pre of document.querySelectorAll('[role=tabpanel] pre'))
        if (pre.scrollWidth > pre.clientWidth) wide.push(`pre ${pre.textContent?.slice(0, 30)}`);
      return wide;
    });
    expect(overflow, tab).toEqual([]);
  }
});
