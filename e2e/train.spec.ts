import type { Locator } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { EXERCISES, TrainPage } from './train-page';

/**
 * Training (`#/train`): one exercise of each kind completed by keyboard only, every answer graded
 * by the engine (so tests wait for the verdict the trainee sees), wrong answers answered with
 * their misconception, and the list and the answer key.
 */

const total = EXERCISES.length;

/** After solving `id`: back to the list by keyboard, where it shows as solved. */
async function backToListSolved(train: TrainPage, id: string) {
  await expect(train.page.getByTestId('exercise-state')).toHaveText('Solved');
  await train.tabTo(train.page.getByRole('link', { name: 'All exercises', exact: true }));
  await train.page.keyboard.press('Enter');
  await expect(train.title).toHaveText('Training');
  await expect(train.entry(id).getByTestId('state')).toHaveText(/Solved/);
  await expect(train.page.getByRole('progressbar', { name: `1 of ${total} solved` })).toBeVisible();
}

/** The focus ring is drawn (an outline), not left to colour alone. */
async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
}

test('predict: a wrong guess names its misconception, the right one is correct, then the run plays on', async ({
  irsa,
}) => {
  const train = new TrainPage(irsa.page);
  const { page } = train;
  await train.openExercise('predict-wrong-audience');
  await expect(train.runStatus).toHaveText('Step 2 of 6: STS asks IAM to verify');

  await train.tabTo(train.choice(/^Step 3/));
  await page.keyboard.press('ArrowDown');
  await expect(train.choice(/^Step 4/)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(train.verdict).toContainText('Not yet.');
  await expect(train.verdict).toContainText('The trust policy never sees this token');

  await page.keyboard.press('ArrowUp');
  await expect(train.choice(/^Step 3/)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(train.verdict).toContainText('Correct.');
  await expect(train.verdict).toContainText(
    'step 3 refused: InvalidIdentityToken: Incorrect token audience',
  );

  await train.tabTo(train.button('Watch it happen'));
  await expectVisibleFocus(train.button('Watch it happen'));
  await page.keyboard.press('Enter');
  await expect(train.runStatus).toHaveText(
    /^Step 3 of 6: .* failed: InvalidIdentityToken: Incorrect token audience/,
  );
  await expectNoAxeViolations(page, 'predict exercise, answered');
  await backToListSolved(train, 'predict-wrong-audience');
});

test('diagnose: the broken run shows AWS’s error; hints one at a time; the right cause is correct', async ({
  irsa,
}) => {
  const train = new TrainPage(irsa.page);
  const { page } = train;
  await train.openExercise('diagnose-node-role');
  await expect(train.runStatus).toContainText('Step 6 of 6');
  await expect(page.getByTestId('run-error').locator('[data-aws-code]')).toHaveText('AccessDenied');
  await expect(page.getByTestId('run-error')).toContainText('assumed-role/eks-node-role');

  await train.tabTo(train.button('Show a hint (1 of 2)'));
  await page.keyboard.press('Enter');
  const hints = page.getByRole('list', { name: 'Hints shown' }).getByRole('listitem');
  await expect(hints).toHaveText(['Whose identity does the error name?']);
  await expect(page.getByTestId('exercise-state')).toHaveText('Started');

  // Shift+Tab enters the radio group at its last choice.
  await train.tabTo(train.choice(/^The cluster has no IAM OIDC provider/), { back: true });
  await page.keyboard.press('ArrowUp');
  await expect(train.choice(/^The trust policy names another/)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(train.verdict).toContainText('Not yet.');
  await expect(train.verdict).toContainText('here STS was never called');

  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(train.choice(/^The annotation key/)).toBeChecked();
  await train.tabTo(train.button('Check'));
  await expectVisibleFocus(train.button('Check'));
  await page.keyboard.press('Enter');
  await expect(train.verdict).toContainText('Correct.');

  await train.tabTo(train.button('Show solution'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('right-answer')).toContainText('The annotation key is misspelt');
  await expect(page.getByTestId('solution')).toContainText('eks.amazonaws.com/role-arn');
  await expectNoAxeViolations(page, 'diagnose exercise, answered');
  await backToListSolved(train, 'diagnose-node-role');
});

test('fix: an invalid policy is not graded, StringEquals with * gets its misconception, the right policy passes for every pod', async ({
  irsa,
}) => {
  const train = new TrainPage(irsa.page);
  const { page } = train;
  await train.openExercise('fix-sub-namespace');
  await expect(train.runStatus).toContainText('Step 4 of 6');
  await expect(train.runStatus).toContainText('AccessDenied');
  const policy = page.getByRole('textbox', { name: 'Trust policy' });
  const start = await policy.inputValue();
  expect(start).toContain('system:serviceaccount:production:my-service-account');

  await train.replaceText(policy, '{');
  await expect(policy).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText(/^Line 1, column 2: /);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(train.verdict).toContainText('Not checked: fix the marked field first.');
  await expect(page.getByTestId('pod-results')).toHaveCount(0);

  await train.replaceText(
    policy,
    start.replace(
      'system:serviceaccount:production:my-service-account',
      'system:serviceaccount:default:*',
    ),
  );
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(train.verdict).toContainText('Not yet.');
  await expect(train.verdict).toContainText('StringEquals treats "*" and "?" literally');
  await expect(page.locator('[data-pod-ok="false"]')).toContainText('intended pod');

  await train.replaceText(policy, start.replace(':production:', ':default:'));
  await train.tabTo(train.button('Run every pod'));
  await expectVisibleFocus(train.button('Run every pod'));
  await page.keyboard.press('Enter');
  await expect(train.verdict).toContainText('Correct.');
  const pods = page.getByTestId('pod-results').getByRole('listitem');
  await expect(pods).toHaveCount(3);
  await expect(pods.first()).toContainText('succeeded: got credentials and listed the buckets');
  await expect(pods.nth(1)).toContainText('refused at step 4: AccessDenied');
  await expect(pods.nth(2)).toContainText('refused at step 4: AccessDenied');
  await expect(page.locator('[data-pod-ok="false"]')).toHaveCount(0);
  await expectNoAxeViolations(page, 'fix exercise, answered');
  await backToListSolved(train, 'fix-sub-namespace');
});

test('secure: the start lets attackers in; pinning :sub keeps the pod and refuses them', async ({
  irsa,
}) => {
  const train = new TrainPage(irsa.page);
  const { page } = train;
  await train.openExercise('secure-no-sub');
  const policy = page.getByRole('textbox', { name: 'Trust policy' });
  const start = await policy.inputValue();

  await train.tabTo(train.button('Run every pod'));
  await page.keyboard.press('Enter');
  await expect(train.verdict).toContainText('Not yet.');
  await expect(train.verdict).toContainText(
    'default/intruder (another ServiceAccount) gets credentials too',
  );

  const pinned = start.replace(
    /"([^"]+):aud"/,
    '"$1:sub": "system:serviceaccount:default:my-service-account",\n          "$1:aud"',
  );
  expect(pinned).not.toBe(start);
  await train.replaceText(policy, pinned);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(train.verdict).toContainText('Correct.');
  await expect(page.locator('[data-pod-ok="true"]')).toHaveCount(3);
  await expectNoAxeViolations(page, 'secure exercise, answered');
  await backToListSolved(train, 'secure-no-sub');
});

test('the list groups every exercise with its kind and state, and progress has a name', async ({
  irsa,
}) => {
  const train = new TrainPage(irsa.page);
  const { page } = train;
  await page.goto('./#/train?seed=demo');
  await expect(train.title).toHaveText('Training');
  await expect(page.getByRole('heading', { level: 2, name: 'Basics' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Troubleshooting' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Security' })).toBeVisible();
  await expect(page.locator('li[data-exercise]')).toHaveCount(total);
  for (const e of EXERCISES) {
    const link = train.entry(e.id).getByRole('link');
    // The room seed goes along (seed demo is written keys=demo, its legacy form).
    await expect(link).toHaveAttribute('href', new RegExp(`^#/train/${e.id}\\?(seed|keys)=demo$`));
    await expect(link).toContainText(e.title);
    await expect(train.entry(e.id).getByTestId('state')).toHaveText(/New/);
  }
  await expect(page.getByRole('progressbar', { name: `0 of ${total} solved` })).toBeVisible();
  await expectNoAxeViolations(page, 'training list');

  // An unknown exercise says so and leads back.
  await page.goto('./#/train/no-such-exercise?seed=demo');
  await expect(train.title).toHaveText('No such exercise');
  await page.getByRole('link', { name: 'All exercises' }).click();
  await expect(train.title).toHaveText('Training');
});

test('the answer key lists every exercise with the engine’s answer and its explanation, printable', async ({
  irsa,
}) => {
  const train = new TrainPage(irsa.page);
  const { page } = train;
  await page.goto('./#/train/answers?seed=demo');
  await expect(page.locator('article[data-ready="true"]')).toHaveAttribute('aria-busy', 'false');
  const answers = page.locator('li[data-answer]');
  await expect(answers).toHaveCount(total);
  for (const e of EXERCISES)
    await expect(page.locator(`li[data-answer="${e.id}"]`)).toContainText(e.explanation);
  await expect(
    page.locator('li[data-answer="predict-wrong-audience"] [data-right-answer]'),
  ).toContainText('Step 3: verifying the token with the OIDC provider');
  await expect(
    page.locator('li[data-answer="diagnose-node-role"] [data-right-answer]'),
  ).toContainText('The annotation key is misspelt');
  const fix = page.locator('li[data-answer="fix-sub-namespace"] pre');
  await expect(fix).toContainText(
    '"oidc.eks.us-west-2.amazonaws.com/id/5E1D2A3C4B6F7089A1B2C3D4E5F60718:sub": "system:serviceaccount:default:my-service-account"',
  );
  await expect(answers.filter({ hasText: '{{' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'answer key');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
});

test('every exercise opens, and its solution, as the page shows it, is graded correct', async ({
  irsa,
}) => {
  test.setTimeout(240_000);
  const train = new TrainPage(irsa.page);
  const { page } = train;
  for (const e of EXERCISES) {
    await train.openExercise(e.id);
    await expect(train.title, e.id).toHaveText(e.title);
    await train.button('Show solution').click();
    if (e.kind === 'predict' || e.kind === 'diagnose') {
      // The page computes the answer with the engine; choosing it must then be graded correct.
      const answer = page.getByTestId('right-answer');
      await expect(answer, e.id).toHaveText(/^The answer: /);
      const label = (await answer.textContent())!.replace('The answer: ', '').split('; or ')[0]!;
      await train.choice(label).check();
      await train.button('Check').click();
    } else {
      await train.button('Put it in the editors').click();
      await train.button('Run every pod').click();
    }
    await expect(train.verdict, e.id).toHaveAttribute('data-verdict', 'correct');
    await expect(page.getByTestId('exercise-state'), e.id).toHaveText('Solved');
  }
  await page.goto('./#/train?seed=demo');
  await expect(
    page.getByRole('progressbar', { name: `${total} of ${total} solved` }),
  ).toBeVisible();
});
