import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { IrsaPage } from './irsa-page';

/** The left edge of the chip of step N and the x of an actor's lifeline, in page pixels. */
async function chipX(page: Page, step: number): Promise<number> {
  return (await page.locator(`g[data-chip="${step}"] rect`).boundingBox())!.x;
}
async function laneCentre(page: Page, actor: string): Promise<number> {
  const box = (await page.locator(`rect[data-actor-box="${actor}"]`).boundingBox())!;
  return box.x + box.width / 2;
}

/** Open with the page's clock under the test's control (timers and animation frames). */
async function openWithClock(page: Page, fragment: string) {
  await page.clock.install({ time: new Date('2026-11-28T12:00:00Z') });
  await new IrsaPage(page).open(fragment);
  await page.clock.pauseAt(new Date('2026-11-28T12:01:00Z'));
}

test('Play moves at once: step 1 starts before any playback interval has passed', async ({
  irsa,
  page,
}) => {
  await openWithClock(page, '#step=0&keys=demo');
  await irsa.play.click();
  // The clock is paused: only a step started by Play itself can get here.
  await irsa.expectStep(1);
  await expect(irsa.pause).toBeVisible();
});

test('the message travels for about 1.2 s at 1× and comes to rest beside its receiver without overshooting', async ({
  irsa,
  page,
}) => {
  await openWithClock(page, '#step=0&keys=demo');
  await irsa.next.click();
  await irsa.expectStep(1);
  const chip = page.locator('g[data-chip="1"]');
  await expect(chip).toContainText('JWT + role ARN');
  const start = await chipX(page, 1);
  const positions: number[] = [];
  for (let t = 0; t < 16; t++) {
    await page.clock.runFor(100);
    positions.push(await chipX(page, 1));
  }
  const rest = positions.at(-1)!;
  // Still moving half-way, at rest by 1.3 s, never past where it rests.
  expect(positions[5]).toBeGreaterThan(start);
  expect(positions[5]).toBeLessThan(rest);
  expect(positions[12]).toBeCloseTo(rest, 0);
  for (let i = 1; i < positions.length; i++)
    expect(positions[i]!).toBeGreaterThanOrEqual(positions[i - 1]! - 0.01);
  // Beside STS: its right edge just short of the STS lifeline.
  const box = (await page.locator('g[data-chip="1"] rect').boundingBox())!;
  const sts = await laneCentre(page, 'sts');
  expect(box.x + box.width).toBeLessThan(sts);
  expect(sts - (box.x + box.width)).toBeLessThan(20);
});

test('the actor doing a step shows its checks; a failure shows at the hop with AWS code and the failing check', async ({
  irsa,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await irsa.open('#scenario=provider-client-id-typo&step=3&keys=demo');
  await expect(irsa.status).toContainText('InvalidIdentityToken');
  const work = page.locator('g[data-work="iam"]');
  await expect(work).toContainText('IAM verifies the token');
  await expect(work).toContainText('✓ signature');
  await expect(work).toContainText('✕ aud');
  // What did not run is not run, never passed.
  await expect(work).toContainText('○ nbf');
  await expect(work).toContainText('○ exp');
  await expect(work).toContainText('✕ InvalidIdentityToken at aud');
  await expect(page.locator('g[data-actor="iam"]')).toHaveAttribute('data-state', 'failed');
});

test('requests are drawn solid and responses dashed', async ({ irsa, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await irsa.open('#step=6&keys=demo');
  const dash = (step: number, kind: string) =>
    page
      .locator(`g[data-step="${step}"] line[data-arrow="${kind}"]`)
      .first()
      .getAttribute('stroke-dasharray');
  expect(await dash(1, 'request')).toBeNull();
  expect(await dash(6, 'request')).toBeNull();
  expect(await dash(4, 'response')).not.toBeNull();
  expect(await dash(5, 'response')).not.toBeNull();
  // Step 3 is a fetch: the bare request out, the keys back on a dashed answer.
  expect(await dash(3, 'request')).toBeNull();
  expect(await dash(3, 'response')).not.toBeNull();
});

test('an attack that works ends in a warning, not the green of success, visible without scrolling', async ({
  irsa,
  page,
}) => {
  await irsa.open('#scenario=attack-no-sub-condition&step=6&keys=demo');
  const banner = page.locator('[data-outcome]').first();
  await expect(banner).toHaveAttribute('data-outcome', 'warning');
  await expect(irsa.status).toContainText('no sub condition');
  await expect(irsa.status).toBeInViewport();
  await irsa.open('#step=6&keys=demo');
  await expect(page.locator('[data-outcome]').first()).toHaveAttribute('data-outcome', 'succeeded');
  await expect(irsa.status).not.toContainText('no sub condition');
});

test('Real mechanics redraws the picture: STS fetches the keys itself, STS and IAM inside AWS', async ({
  irsa,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await irsa.open('#step=3&keys=demo');
  await expect(page.locator('g[data-group="aws"]')).toHaveCount(0);
  const fetchStartsAt = async () => {
    const line = page.locator('g[data-step="3"] line[data-arrow="request"]');
    return Number(await line.getAttribute('x1'));
  };
  const storyStart = await fetchStartsAt();
  await page.getByRole('switch', { name: 'Real mechanics' }).click();
  await expect(page.locator('g[data-group="aws"]')).toContainText('inside AWS');
  await expect(page.locator('g[data-work="sts"]')).toContainText('STS verifies the token');
  expect(await fetchStartsAt()).toBeLessThan(storyStart);
  // It stays on from step to step.
  await irsa.next.click();
  await irsa.expectStep(4);
  await expect(page.locator('g[data-group="aws"]')).toBeVisible();
});

test('a cold open starts the story, and once dismissed stays dismissed', async ({ irsa, page }) => {
  await irsa.open();
  const intro = page.getByRole('region', { name: 'How does a pod get AWS credentials?' });
  await expect(intro).toContainText('Press Next step or → to begin.');
  await page.keyboard.press('ArrowRight');
  await irsa.expectStep(1);
  await expect(intro).toBeHidden();
  await page.keyboard.press('Home');
  await expect(intro).toBeVisible();
  await intro.getByRole('button', { name: 'Dismiss' }).click();
  await expect(intro).toBeHidden();
  await page.reload();
  await irsa.expectStep(0);
  await expect(intro).toBeHidden();
});

test('nothing jumps: Play and Pause have one width, and a failure does not move the diagram', async ({
  irsa,
  page,
}) => {
  await openWithClock(page, '#step=0&keys=demo');
  const playWidth = (await irsa.play.boundingBox())!.width;
  await irsa.play.click();
  await expect(irsa.pause).toBeVisible();
  expect((await irsa.pause.boundingBox())!.width).toBeCloseTo(playWidth, 0);

  await irsa.open('#scenario=provider-client-id-typo&step=2&keys=demo');
  await irsa.expectStep(2);
  const before = (await page.locator('figure svg').boundingBox())!;
  await irsa.next.click();
  await expect(irsa.status).toContainText('InvalidIdentityToken');
  const after = (await page.locator('figure svg').boundingBox())!;
  for (const key of ['x', 'y', 'width', 'height'] as const)
    expect(Math.abs(after[key] - before[key])).toBeLessThanOrEqual(0.5);
});

test('on a phone the step is explained right under the controls, and nothing is wider than the screen', async ({
  irsa,
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await irsa.open('#step=3&keys=demo');
  const controls = (await page.getByRole('navigation', { name: 'Steps' }).boundingBox())!;
  const story = (await page
    .getByText(/^The issuer's discovery document points to its JWKS/)
    .first()
    .boundingBox())!;
  expect(story.y - (controls.y + controls.height)).toBeLessThan(40);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
