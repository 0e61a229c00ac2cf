import { expect, test } from './fixtures';

// A step shown and settled (not still working): the next key press acts on it.
const title = (n: number) => new RegExp(`^Step ${n} of 6(?!.*working)`);

test('keyboard only: arrows walk to step 6 and back, Home and End and digits jump', async ({
  irsa,
  page,
}) => {
  await irsa.open();
  for (let n = 1; n <= 6; n++) {
    await page.keyboard.press('ArrowRight');
    await expect(irsa.status).toHaveText(title(n));
  }
  for (let n = 5; n >= 1; n--) {
    await page.keyboard.press('ArrowLeft');
    await expect(irsa.status).toHaveText(title(n));
  }
  await page.keyboard.press('ArrowLeft');
  await expect(irsa.status).toHaveText('Setup');
  await page.keyboard.press('End');
  await expect(irsa.status).toHaveText(title(6));
  await page.keyboard.press('Home');
  await expect(irsa.status).toHaveText('Setup');
  await page.keyboard.press('4');
  await expect(irsa.status).toHaveText(title(4));
});

test('shortcuts never fire while a field has focus; ? opens the shortcuts and Escape closes them', async ({
  irsa,
  page,
}) => {
  await irsa.open();
  await page.getByRole('button', { name: 'Edit scenario' }).click();
  await page.getByRole('textbox', { name: 'Namespace' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('3');
  await expect(irsa.status).toHaveText('Setup');
  await page.locator('body').click({ position: { x: 5, y: 200 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Play / Pause');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(irsa.status).toHaveText(title(1));
});

test('the timeline jumps to a step, and marks the current one', async ({ irsa }) => {
  await irsa.open();
  await irsa.timeline.getByRole('button', { name: /^Step 5:/ }).click();
  await expect(irsa.status).toHaveText(title(5));
  await expect(irsa.timeline.getByRole('button', { name: /^Step 5:/ })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await irsa.timeline.getByRole('button', { name: 'Setup' }).click();
  await expect(irsa.status).toHaveText('Setup');
});

test('the deep link #step=4 opens step 4, and a reload comes back to it', async ({
  irsa,
  page,
}) => {
  await irsa.open('#step=4&keys=demo');
  await expect(irsa.status).toHaveText(title(4));
  await page.reload();
  await expect(irsa.status).toHaveText(title(4));
  await expect(page).toHaveURL(/#step=4&keys=demo$/);
});

test('the browser’s Back and Forward buttons move along the walk', async ({ irsa, page }) => {
  await irsa.open();
  for (let n = 1; n <= 3; n++) {
    await irsa.next.click();
    await expect(irsa.status).toHaveText(title(n));
  }
  await expect(page).toHaveURL(/#step=3/);
  await page.goBack();
  await expect(irsa.status).toHaveText(title(2));
  await page.goBack();
  await expect(irsa.status).toHaveText(title(1));
  await page.goForward();
  await expect(irsa.status).toHaveText(title(2));
});

test('Play at 4× runs to the end; Pause stops the walk', async ({ irsa, page }) => {
  // The page's clock is the test's: "nothing moves while paused" is checked without waiting.
  await page.clock.install();
  await irsa.open();
  await irsa.speed.selectOption('4');
  await irsa.play.click();
  await expect(irsa.pause).toBeVisible();
  await expect(irsa.status).toHaveText(title(6));
  await expect(irsa.play).toBeVisible();

  await irsa.timeline.getByRole('button', { name: 'Setup' }).click();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await irsa.play.click();
  await expect(irsa.status).toHaveText(title(1));
  await page.clock.runFor(750); // one interval at 4×
  await expect(irsa.status).toHaveText(title(2));
  await irsa.pause.click();
  await page.clock.runFor(3_000); // four intervals at 4×: nothing may move while paused
  await expect(irsa.status).toHaveText(title(2));
  await expect(irsa.play).toBeVisible();
});

test('the sequence table lists the six messages at the end', async ({ irsa, page }) => {
  await irsa.open('#step=6&keys=demo');
  await page.getByRole('button', { name: 'Sequence table' }).click();
  const table = page.getByRole('table', { name: /Messages so far/ });
  await expect(table.getByRole('row')).toHaveCount(7);
  await expect(table.getByRole('row').nth(1)).toContainText('Pod');
  await expect(table.getByRole('row').nth(6)).toContainText('S3');
  await expect(table.getByRole('row').nth(6)).toContainText('passed');
});

test('with reduced motion the same walk works, step by step', async ({ irsa, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await irsa.open();
  await expect(page.getByRole('switch', { name: 'Reduce motion' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  for (let n = 1; n <= 6; n++) {
    await irsa.next.click();
    await expect(irsa.status).toHaveText(title(n));
  }
  await irsa.speed.selectOption('4');
  await irsa.timeline.getByRole('button', { name: 'Setup' }).click();
  await irsa.play.click();
  await expect(irsa.status).toHaveText(title(6));
});
