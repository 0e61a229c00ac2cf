import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { IrsaPage } from './irsa-page';

// Deterministic mode: the run is at 2026-11-28 12:00:00 UTC; this scenario's pod uses the
// credentials 4000 s later, 400 s after their 3600-second session expired.
const LATE_CALL = '#scenario=session-credentials-not-refreshed&step=6&keys=demo';

async function openTime(irsa: IrsaPage, page: Page): Promise<void> {
  await irsa.open(LATE_CALL);
  await irsa.expectStep(6);
  await irsa.showTab('Time');
  await expect(page.getByRole('heading', { name: 'Time in this run' })).toBeVisible();
}

const statement = (page: Page, subject: string) =>
  page
    .getByRole('list', { name: 'What holds at this moment' })
    .locator(`[data-subject="${subject}"]`);

test('the Time tab places the S3 call after the session expired, and shows who answered in the chain', async ({
  irsa,
  page,
}) => {
  await openTime(irsa, page);
  const session = page.locator('section[data-track="STS session"]');
  const order = await session
    .locator('li[data-moment]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-moment')));
  expect(order).toEqual([
    'session-issued',
    'sdk-advisory-refresh',
    'sdk-mandatory-refresh',
    'session-expiry',
    'call',
  ]);
  await expect(session.locator('li[data-moment="session-expiry"]')).toContainText(
    '2026-11-28 13:00:00 UTC',
  );
  const call = session.locator('li[data-moment="call"]');
  await expect(call).toContainText('2026-11-28 13:06:40 UTC The S3 ListBuckets call');
  await expect(call).toContainText('after Expiration');
  await expect(statement(page, 'call')).toHaveText(
    /comes in 66 minutes, after the session expired/,
  );

  const chain = page
    .getByRole('list', { name: 'Where the SDK found credentials' })
    .getByRole('listitem');
  await expect(chain).toHaveCount(5);
  await expect(chain.nth(0)).toContainText('Environment variables ✕ nothing found');
  await expect(chain.nth(1)).toContainText('Web identity');
  await expect(chain.nth(1)).toHaveAttribute('data-link-state', 'answered');
  for (const i of [2, 3, 4]) await expect(chain.nth(i)).toContainText('not reached');
});

test('the scrubber moves with the keyboard, says what holds then, and leaves the run alone', async ({
  irsa,
  page,
}) => {
  await openTime(irsa, page);
  const slider = page.getByRole('slider', { name: 'Moment to look at' });
  await expect(slider).toHaveAttribute('aria-valuetext', '2026-11-28 12:00:00 UTC, at the run');
  await expect(statement(page, 'session')).toHaveText(/valid for 60 more minutes/);
  await irsa.tabTo(slider);

  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute(
    'aria-valuetext',
    '2026-11-28 12:01:00 UTC, 60 seconds after the run',
  );

  // Page Up jumps from event to event: the advisory refresh, the mandatory one, the expiry.
  await page.keyboard.press('PageUp');
  await expect(slider).toHaveAttribute('aria-valuetext', /12:45:00 UTC/);
  await expect(statement(page, 'session')).toHaveText(/refreshes them at its next call/);
  await page.keyboard.press('PageUp');
  await expect(statement(page, 'session')).toHaveAttribute('data-verdict', 'caution');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(slider).toHaveAttribute('aria-valuetext', /13:06:40 UTC, 66 minutes after the run/);
  await expect(statement(page, 'session')).toHaveText(/expired 6 minutes ago: AWS refuses them/);
  await expect(statement(page, 'call')).toHaveText(/is made now, after the session expired/);

  // Past the token's exp and STS's five minutes: the end of the range.
  await page.keyboard.press('End');
  await expect(statement(page, 'sts')).toHaveText(/STS would refuse this token/);
  await expect(statement(page, 'token-file')).toHaveText(/new token into the file/);

  // A view only: the walk is still at step 6 and the link unchanged.
  await irsa.expectStep(6);
  expect(new URL(page.url()).hash).toBe(LATE_CALL);
});

for (const size of [
  { name: 'projector', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.1 AA violation in the Time tab (${size.name}, ${theme})`, async ({
      irsa,
      page,
    }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await openTime(irsa, page);
      const results = await new AxeBuilder({ page })
        .include('[role="tabpanel"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      // Readable in the inspector column: text at least 14 px, code at least 13 px.
      const small = await page.getByRole('tabpanel').evaluate(
        (panel) =>
          [...panel.querySelectorAll<HTMLElement>('*')].filter((el) => {
            const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
            const style = getComputedStyle(el);
            const min = /mono/i.test(style.fontFamily) ? 13 : 14;
            return own && el.getClientRects().length > 0 && parseFloat(style.fontSize) < min;
          }).length,
      );
      expect(small).toBe(0);
      // Nothing wider than the column: no sideways scrolling in the panel.
      const overflow = await page
        .getByRole('tabpanel')
        .evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}

test('for EKS Pod Identity the Time tab shows the token EKS Auth checks, the agent’s session and the container link', async ({
  irsa,
  page,
}) => {
  await irsa.open('#flow=pod-identity&step=6&keys=demo');
  await irsa.expectStep(6);
  await irsa.showTab('Time');
  const session = page.locator('section[data-track="Pod Identity session (from the agent)"]');
  // EKS Auth assumes the role for 21600 s: the session expires six hours after the run.
  await expect(session.locator('li[data-moment="session-expiry"]')).toContainText(
    '2026-11-28 18:00:00 UTC',
  );
  await expect(page.locator('li[data-moment="sts-skew-end"]')).toHaveCount(0);
  const chain = page
    .getByRole('list', { name: 'Where the SDK found credentials' })
    .getByRole('listitem');
  await expect(chain.nth(3)).toContainText('Container credentials');
  await expect(chain.nth(3)).toHaveAttribute('data-link-state', 'answered');
});
