import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { EXERCISES, TrainPage } from './train-page';

/**
 * Training progress: kept in localStorage across reloads and tabs, exported to a file and
 * imported back, reset only after asking; broken storage is reset with a message, never a crash;
 * the printable summary for instructors; and the header's Train link.
 */

const KEY = 'irsa.training-progress';
const total = EXERCISES.length;
const SOLVED = {
  state: 'solved',
  attempts: 2,
  hintsShown: 1,
  solutionShown: false,
  solvedAt: '2026-11-28T12:03:00.000Z',
};
const STARTED = {
  state: 'started',
  attempts: 1,
  hintsShown: 2,
  solutionShown: true,
  solvedAt: null,
};
const SOME = { 'predict-wrong-audience': SOLVED, 'fix-sub-namespace': STARTED };

/**
 * Open a training page with `stored` as the saved progress: written before any of the page's
 * scripts run, once per tab (a reload then shows what the app made of it).
 */
async function openWith(page: Page, fragment: string, stored: string) {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('test.progress-seeded')) return;
      sessionStorage.setItem('test.progress-seeded', '1');
      localStorage.setItem(key!, value!);
    },
    [KEY, stored],
  );
  await page.goto(`./${fragment}`);
}

const solvedBar = (page: Page, n: number) =>
  page.getByRole('progressbar', { name: `${n} of ${total} solved` });
const state = (page: Page, id: string) =>
  page.locator(`li[data-exercise="${id}"]`).getByTestId('state');

test('an exercise solved by keyboard is still solved after a reload, on the list and in the summary', async ({
  irsa,
}) => {
  const train = new TrainPage(irsa.page);
  const { page } = train;
  await train.openExercise('predict-wrong-audience');
  await train.tabTo(train.choice(/^Step 3/));
  await page.keyboard.press('Space');
  await expect(train.choice(/^Step 3/)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(train.verdict).toContainText('Correct.');
  await expect(page.getByTestId('exercise-state')).toHaveText('Solved');

  await page.reload();
  await expect(page.getByTestId('exercise-state')).toHaveText('Solved');
  await page.goto('./#/train?seed=demo');
  await expect(state(page, 'predict-wrong-audience')).toHaveText(/Solved/);
  await expect(solvedBar(page, 1)).toBeVisible();
  const stored: unknown = JSON.parse(
    (await page.evaluate((key) => localStorage.getItem(key), KEY))!,
  );
  expect(stored).toMatchObject({
    schema: 2,
    exercises: { 'predict-wrong-audience': { state: 'solved', attempts: 1 } },
  });

  await page.getByRole('link', { name: 'printable summary for your instructor' }).click();
  // The seed `demo` is written in its legacy form, `keys=demo`.
  await expect(page).toHaveURL(/#\/train\/summary\?keys=demo$/);
  const row = page.locator('tr[data-exercise="predict-wrong-audience"]');
  await expect(row).toContainText('Solved');
  // Solved now, by the real clock (the seed fixes only the engine's clock).
  await expect(row).toContainText(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/);
});

test('Export, Reset (after asking) and Import restore the same progress', async ({
  irsa,
}, testInfo) => {
  const { page } = irsa;
  await openWith(page, '#/train', JSON.stringify({ schema: 2, exercises: SOME }));
  await expect(solvedBar(page, 1)).toBeVisible();
  await expect(state(page, 'fix-sub-namespace')).toHaveText(/Started/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('irsa-training-progress.json');
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const exported = JSON.parse(await readFile(path, 'utf8')) as { exportedAt: string };
  expect(exported).toMatchObject({ app: 'irsa-visualizer', schema: 2, exercises: SOME });
  expect(Date.parse(exported.exportedAt)).not.toBeNaN();
  await expect(page.getByRole('status').filter({ hasText: 'Downloading' })).toHaveText(
    'Downloading irsa-training-progress.json: progress on 2 exercises (1 solved).',
  );

  // Reset asks first: Cancel (or Escape) keeps everything, with the focus back on the button.
  const reset = page.getByRole('button', { name: 'Reset progress…' });
  await reset.click();
  const ask = page.getByRole('group', { name: /^Are you sure\?/ });
  await expect(ask).toContainText('Forget your progress on 2 exercises (1 solved)?');
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(solvedBar(page, 1)).toBeVisible();
  await reset.click();
  await ask.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Progress reset' })).toBeVisible();
  await expect(solvedBar(page, 0)).toBeVisible();
  await expect(state(page, 'fix-sub-namespace')).toHaveText(/New/);
  await expect(reset).toHaveAttribute('aria-disabled', 'true');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress…' }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported progress on 2 exercises (1 solved) from irsa-training-progress.json.',
  );
  await expect(solvedBar(page, 1)).toBeVisible();
  await expect(state(page, 'predict-wrong-audience')).toHaveText(/Solved/);
  await expect(state(page, 'fix-sub-namespace')).toHaveText(/Started/);
  await page.reload();
  await expect(state(page, 'fix-sub-namespace')).toHaveText(/Started/);
});

test('Import refuses a foreign or broken file at the control and changes nothing; over progress it asks first', async ({
  irsa,
}) => {
  const { page } = irsa;
  await openWith(page, '#/train', JSON.stringify({ schema: 2, exercises: SOME }));
  const importButton = page.getByRole('button', { name: 'Import progress…' });
  const choose = async (name: string, text: string) => {
    const chooser = page.waitForEvent('filechooser');
    await importButton.click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };

  await choose('notes.json', '{"app":"other-tool","schema":2,"exercises":{}}');
  const error = page.getByRole('alert').filter({ hasText: 'Nothing was changed' });
  await expect(error).toHaveText(
    'This file comes from another app ("other-tool"), not the IRSA Visualizer. Nothing was changed.',
  );
  await expect(importButton).toHaveAccessibleDescription(/another app/);
  await choose('broken.json', '{"app":"irsa-visualizer", "schema": 2, "exer');
  await expect(error).toHaveText(
    'This file is not JSON, so it is not a training progress export. Nothing was changed.',
  );
  await expect(solvedBar(page, 1)).toBeVisible();

  const other = {
    app: 'irsa-visualizer',
    schema: 2,
    exportedAt: '2026-11-28T13:00:00.000Z',
    exercises: { 'secure-no-sub': SOLVED, 'diagnose-node-role': SOLVED },
  };
  await choose('classmate.json', JSON.stringify(other));
  await expect(error).toBeHidden();
  const ask = page.getByRole('group', { name: /^Are you sure\?/ });
  await expect(ask).toContainText(
    'classmate.json holds progress on 2 exercises (2 solved). Replace your progress on 2 exercises (1 solved) with it?',
  );
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(solvedBar(page, 1)).toBeVisible();
  await choose('classmate.json', JSON.stringify(other));
  await ask.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(solvedBar(page, 2)).toBeVisible();
  await expect(state(page, 'predict-wrong-audience')).toHaveText(/New/);
  await expect(state(page, 'secure-no-sub')).toHaveText(/Solved/);
});

test('corrupted storage shows the recovery message once; the page works and axe finds nothing', async ({
  irsa,
}) => {
  const { page } = irsa;
  await openWith(page, '#/train', '{not json');
  const notice = page.getByRole('alert').filter({ hasText: 'Saved training progress' });
  await expect(notice).toContainText(
    'Saved training progress could not be read (not JSON); it was reset. Your answers from before are lost.',
  );
  await expect(solvedBar(page, 0)).toBeVisible();
  await expectNoAxeViolations(page, 'training list with the recovery message');

  // The page works: an exercise opens and records progress.
  await page.locator('li[data-exercise="diagnose-node-role"]').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('./#/train');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Training' })).toBeFocused();
  // The cleaned copy was saved: the next visit has nothing to say.
  await page.reload();
  await expect(solvedBar(page, 0)).toBeVisible();
  await expect(notice).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(
    '{"schema":2,"exercises":{}}',
  );
});

test('version 1 progress is migrated with a message; another tab sees changes without a reload', async ({
  irsa,
  context,
}) => {
  const { page } = irsa;
  await openWith(page, '#/train', JSON.stringify({ version: 1, solved: ['fix-sub-namespace'] }));
  await expect(page.getByRole('alert')).toContainText(
    'Saved training progress from an older version (version 1) was updated: 1 exercise kept',
  );
  await expect(state(page, 'fix-sub-namespace')).toHaveText(/Solved/);

  const other = await context.newPage();
  await other.goto('./#/train');
  await expect(state(other, 'fix-sub-namespace')).toHaveText(/Solved/);
  await other.getByRole('button', { name: 'Reset progress…' }).click();
  await other.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(state(other, 'fix-sub-namespace')).toHaveText(/New/);
  await expect(state(page, 'fix-sub-namespace')).toHaveText(/New/);
  await expect(solvedBar(page, 0)).toBeVisible();
});

test('the summary lists every exercise with totals per group, prints black on white, and axe finds nothing', async ({
  irsa,
}) => {
  const { page } = irsa;
  const stored = { ...SOME, 'renamed-long-ago': SOLVED };
  await openWith(
    page,
    '#/train/summary?seed=demo',
    JSON.stringify({ schema: 2, exercises: stored }),
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Training progress' })).toBeVisible();
  await expect(page.locator('tr[data-exercise]')).toHaveCount(total);
  await expect(page.getByText(/1 of \d+ exercises solved, 1 started\./)).toBeVisible();
  await expect(
    page.getByText(/1 saved entry is for exercises this version does not have/),
  ).toBeVisible();
  const solved = page.locator('tr[data-exercise="predict-wrong-audience"]');
  await expect(solved.getByRole('cell')).toHaveText([
    'Predict',
    'Solved',
    '2',
    /^1 of \d+$/,
    'No',
    '2026-11-28 12:03 UTC',
  ]);
  const started = page.locator('tr[data-exercise="fix-sub-namespace"]');
  await expect(started.getByRole('cell')).toHaveText(['Fix', 'Started', '1', /^2 of/, 'Yes', '—']);
  const all = page.getByRole('row', { name: /^All / });
  await expect(all.getByRole('cell')).toHaveText([String(total), '1', '1', '3', '3', '1']);
  await expectNoAxeViolations(page, 'training summary');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(solved).toBeVisible();
  expect(await solved.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
});

test('the header links to Train, and at 1280×720 the explore page header stays one row', async ({
  irsa,
}) => {
  const { page } = irsa;
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const fragment of ['#step=0', '#step=0&seed=workshop-7']) {
    await irsa.open(fragment);
    const banner = await page.getByRole('banner').boundingBox();
    const train = await page.getByRole('link', { name: 'Train' }).boundingBox();
    const help = await page.getByRole('button', { name: 'Shortcuts' }).boundingBox();
    expect(banner!.height, `header height (${fragment})`).toBeLessThan(64);
    expect(Math.abs(train!.y + train!.height / 2 - (help!.y + help!.height / 2))).toBeLessThan(4);
  }
  await page.getByRole('link', { name: 'Train' }).click();
  await expect(page).toHaveURL(/#\/train\?seed=workshop-7$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Training' })).toBeVisible();
});
