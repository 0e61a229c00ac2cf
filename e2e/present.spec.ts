import { buildsAt, DECK, DeckPage, measureText, slideNumber } from './deck-page';
import { expect, expectNoAxeViolations, test } from './fixtures';

const LAST = DECK.length;

test('the keyboard drives the deck from the first slide to the last, and back', async ({
  irsa,
}) => {
  test.slow();
  const deck = new DeckPage(irsa.page);
  const { keyboard } = irsa.page;
  await deck.open(1);
  // Forward through every build of every slide, with each of the keys clickers send.
  const forward = ['ArrowRight', ' ', 'PageDown', 'n', 'N'];
  let presses = 0;
  for (let n = 1; n <= LAST; n++) {
    for (let build = 0; build <= buildsAt(n); build++) {
      await deck.expectAt(n, build);
      if (n === LAST && build === buildsAt(n)) break;
      await keyboard.press(forward[presses++ % forward.length]!);
    }
  }
  // At the end, "next" stays there.
  await keyboard.press('ArrowRight');
  await deck.expectAt(LAST, buildsAt(LAST));

  // Back: previous enters a slide at its last build.
  await keyboard.press('ArrowLeft');
  await deck.expectAt(LAST - 1, buildsAt(LAST - 1));
  await keyboard.press('PageUp');
  await deck.expectAt(LAST - 2, buildsAt(LAST - 2));
  await keyboard.press('p');
  await deck.expectAt(LAST - 2, buildsAt(LAST - 2) - 1);

  await keyboard.press('Home');
  await deck.expectAt(1, 0);
  await keyboard.press('End');
  await deck.expectAt(LAST, buildsAt(LAST));

  // A number, then Enter: the typed number shows until Enter.
  await keyboard.press('1');
  await keyboard.press('2');
  await expect(irsa.page.locator('[data-typed]')).toHaveText('Slide 12 ↵');
  await keyboard.press('Enter');
  await deck.expectAt(12, 0);
  await expect(irsa.page.locator('[data-typed]')).toHaveCount(0);
  await keyboard.press('3');
  await keyboard.press('Enter');
  await deck.expectAt(3, 0);
});

test('the overview, the black screen and Esc', async ({ irsa }) => {
  const deck = new DeckPage(irsa.page);
  const page = irsa.page;
  const { keyboard } = page;
  await deck.open(2);

  // O: every slide as a numbered button; the current one is marked, and has the focus.
  await keyboard.press('o');
  await expect(deck.overview).toBeVisible();
  const cards = deck.overview.getByRole('listitem').getByRole('button');
  await expect(cards).toHaveCount(LAST);
  await expect(cards.nth(1)).toBeFocused();
  await expect(cards.nth(1)).toHaveAttribute('aria-current', 'step');
  // Esc closes the overview, not the deck.
  await keyboard.press('Escape');
  await expect(deck.overview).toBeHidden();
  await deck.expectAt(2, 0);
  // Enter on a card goes there.
  await keyboard.press('O');
  await cards.nth(8).focus();
  await keyboard.press('Enter');
  await expect(deck.overview).toBeHidden();
  await deck.expectAt(9, 0);
  // O again closes it; a click on a card goes there too.
  await keyboard.press('o');
  await expect(deck.overview).toBeVisible();
  await keyboard.press('o');
  await expect(deck.overview).toBeHidden();
  await page.getByRole('button', { name: 'Slides' }).click();
  await cards.nth(3).click();
  await deck.expectAt(4, 0);

  // B blacks out (nothing visible, a name for screen readers); any key brings the slide back.
  await keyboard.press('b');
  await expect(deck.blackout).toBeVisible();
  await expect(deck.blackout).toHaveText('');
  await keyboard.press('ArrowRight');
  await expect(deck.blackout).toBeHidden();
  await deck.expectAt(4, 0);
  // . blacks out too; a click brings it back.
  await keyboard.press('.');
  await expect(deck.blackout).toBeVisible();
  await deck.blackout.click();
  await expect(deck.blackout).toBeHidden();
  await keyboard.press('b');
  // Esc with the black screen up only brings the slide back.
  await keyboard.press('Escape');
  await expect(deck.blackout).toBeHidden();
  await deck.expectAt(4, 0);

  // S opens the speaker view in its own window, at this slide.
  const [speaker] = await Promise.all([page.waitForEvent('popup'), keyboard.press('s')]);
  await expect(speaker).toHaveURL(/#\/present\?slide=4&speaker&keys=demo$/);
  await expect(speaker.getByRole('heading', { level: 1, name: 'Speaker view' })).toBeVisible();
  await speaker.close();

  // F asks for fullscreen, and F again leaves it.
  await page.bringToFront();
  await keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);

  // ? lists the keys.
  await keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
  await keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keys' })).toBeHidden();

  // Esc leaves the deck for the explore page, keeping the room seed.
  await keyboard.press('Escape');
  await expect(page).toHaveURL(/#step=0&keys=demo$/);
  await irsa.expectStep(0);
});

test('?slide=N opens slide N, a reload stays there, and Back returns to the slide before', async ({
  irsa,
}) => {
  const deck = new DeckPage(irsa.page);
  const page = irsa.page;
  await deck.open(4);
  await expect(page).toHaveURL(/#\/present\?slide=4&keys=demo$/);
  await page.reload();
  await deck.expectAt(4, 0);

  // Each slide is a history entry; builds within a slide are not.
  await page.keyboard.press('ArrowRight');
  await deck.expectAt(4, 1);
  await expect(page).toHaveURL(/slide=4/);
  await page.keyboard.press('ArrowRight');
  await deck.expectAt(5, 0);
  await expect(page).toHaveURL(/slide=5/);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await deck.expectAt(5, 1);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await deck.expectAt(6, 0);
  await page.goBack();
  await deck.expectAt(5, 0);
  await page.goBack();
  await deck.expectAt(4, 0);
  await page.goForward();
  await deck.expectAt(5, 0);
  await page.getByRole('button', { name: 'Previous' }).click();
  await deck.expectAt(4, 1);
});

test('"next" on a step slide first plays the step, then moves on', async ({ irsa }) => {
  const deck = new DeckPage(irsa.page);
  const n = slideNumber('step-3');
  await deck.open(n);
  const diagram = deck.slide.getByRole('img');
  const message = (step: number) => deck.slide.locator(`g[data-step="${step}"][data-status]`);
  // As it opens: the exchange up to step 2, and step 3 still to come.
  await expect(diagram).toHaveAccessibleName(/^Step 2 of 6/);
  await expect(message(2)).toHaveCount(1);
  await expect(message(3)).toHaveCount(0);
  await expect(deck.slide.getByText('Next: step 3 plays')).toBeVisible();

  await irsa.page.keyboard.press('ArrowRight');
  await deck.expectAt(n, 1);
  await expect(diagram).toHaveAccessibleName(/^Step 3 of 6: IAM checks the token/);
  await expect(message(3)).toHaveAttribute('data-status', /current|passed/);
  // The step's artifact, read from the run that just played.
  await expect(deck.slide.locator('[data-artifact="jwks-response"]')).toContainText('"kid"');
  await expect(irsa.page.locator('[aria-live="polite"]:not([data-update-banner])')).toHaveText(
    `Slide ${n} of ${LAST}: ${DECK[n - 1]!.title}. Step 3 played.`,
  );

  await irsa.page.keyboard.press('ArrowRight');
  await deck.expectAt(n + 1, 0);
  await expect(irsa.page.locator('[aria-live="polite"]:not([data-update-banner])')).toHaveText(
    `Slide ${n + 1} of ${LAST}: ${DECK[n]!.title}`,
  );
});

test('a failure slide shows AWS error at its hop, then the fix and a real run with it', async ({
  irsa,
}) => {
  const deck = new DeckPage(irsa.page);
  const n = slideNumber('failure-sub-mismatch');
  await deck.open(n);
  await irsa.page.keyboard.press('ArrowRight');
  await deck.expectAt(n, 1);
  const error = deck.slide.getByRole('region', { name: 'AWS error' });
  await expect(error).toContainText('Rejected at step 4');
  await expect(error).toContainText('403 AccessDenied');
  await expect(error).toContainText('Not authorized to perform sts:AssumeRoleWithWebIdentity');
  await expect(deck.slide.getByRole('region', { name: 'The fix' })).toHaveCount(0);

  await irsa.page.keyboard.press('ArrowRight');
  await deck.expectAt(n, 2);
  const fix = deck.slide.getByRole('region', { name: 'The fix' });
  await expect(fix).toContainText(
    'The fix: Trust exactly system:serviceaccount:default:my-service-account',
  );
  await expect(fix.locator('[data-fix-outcome]')).toHaveAttribute('data-fix-outcome', 'succeeded');
  await expect(fix.locator('[data-fix-outcome]')).toContainText('Step 6 of 6');
});

test('the comparison slide runs IRSA and EKS Pod Identity to the end', async ({ irsa }) => {
  const deck = new DeckPage(irsa.page);
  await deck.open(slideNumber('compare-pod-identity'));
  await expect(deck.slide.locator('[data-outcome="succeeded"]')).toHaveCount(2);
  const row = deck.slide.locator('tr[data-row="trust-principal"]');
  await expect(row).toContainText('Federated arn:aws:iam::');
  await expect(row).toContainText('pods.eks.amazonaws.com');
});

/** Every position of the deck, visited in order: slide, build. */
const POSITIONS = DECK.flatMap((_, i) =>
  Array.from({ length: buildsAt(i + 1) + 1 }, (__, build) => ({ n: i + 1, build })),
);

for (const { width, height, min } of [
  { width: 1920, height: 1080, min: 24 },
  { width: 1280, height: 720, min: 18 },
]) {
  test(`every text on every slide is at least ${min} px at ${width}×${height}, and stays on the slide`, async ({
    irsa,
  }) => {
    test.slow();
    const page = irsa.page;
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const deck = new DeckPage(page);
    await deck.open(1);
    const found: string[] = [];
    for (const [i, { n, build }] of POSITIONS.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await deck.expectAt(n, build);
      await deck.diagramAtRest();
      const { smallest, problems, measured, drawn } = await measureText(deck.slide);
      // The measure saw the slide's words, and the diagram's where the slide has one.
      if (measured < 4) found.push(`slide ${n}.${build}: only ${measured} texts measured`);
      if (DECK[n - 1]!.run?.flow === 'irsa' && DECK[n - 1]!.kind !== 'comparison' && drawn < 5)
        found.push(`slide ${n}.${build}: only ${drawn} diagram texts measured`);
      if (smallest < min) found.push(`slide ${n}.${build}: text ${smallest.toFixed(1)} px`);
      found.push(...problems.map((p) => `slide ${n}.${build}: ${p}`));
    }
    expect(found).toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violation on the deck (${theme})`, async ({ irsa }) => {
    test.slow();
    const page = irsa.page;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    const deck = new DeckPage(page);

    await deck.open(slideNumber('step-4'));
    await page.keyboard.press('ArrowRight');
    await deck.expectAt(slideNumber('step-4'), 1);
    await deck.diagramAtRest();
    await expectNoAxeViolations(page, 'a step slide, played');

    const failure = slideNumber('failure-wrong-audience');
    await deck.open(failure);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await deck.expectAt(failure, 2);
    await deck.diagramAtRest();
    await expect(deck.slide.getByRole('region', { name: 'The fix' })).toBeVisible();
    await expectNoAxeViolations(page, 'a failure slide with its fix');

    await page.keyboard.press('o');
    await expect(deck.overview).toBeVisible();
    await expectNoAxeViolations(page, 'the overview');
  });
}
