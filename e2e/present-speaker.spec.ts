import type { Page } from '@playwright/test';
import { DECK } from '../src/content/slides';
import { expect, expectNoAxeViolations, test, watchPage } from './fixtures';

/** The room's window and the speaker's, in one browser: BroadcastChannel keeps them together. */
const AUDIENCE = './#/present?slide=1&seed=demo';
const SPEAKER = './#/present?slide=1&speaker&seed=demo';

/** The fixture watches its own page; a second page gets the same watch. */
const watch = (page: Page, origin: string) => watchPage(page, (url) => url.origin === origin);
/** What the watched pages logged as errors, and their requests off the origin. */
const problemsOf = (...watched: ReturnType<typeof watch>[]) =>
  watched.flatMap((w) => [...w.errors, ...w.requests]);

/** The slide the room sees: the deck's slide title is its page's only level-1 heading. */
const audienceTitle = (page: Page) => page.getByRole('heading', { level: 1 });
const speakerNow = (page: Page) => page.getByRole('heading', { name: /^Now: / });
const speakerNext = (page: Page) => page.getByRole('heading', { name: /^Next/ });
const speakerPosition = (page: Page) => page.getByTestId('speaker-position');

test('the speaker and audience windows move together, both ways', async ({ irsa, baseURL }) => {
  const audience = irsa.page;
  await audience.goto(AUDIENCE);
  await expect(audienceTitle(audience)).toHaveText(DECK[0]!.title);

  const speaker = await audience.context().newPage();
  const problems = watch(speaker, new URL(baseURL!).origin);
  await speaker.goto(SPEAKER);
  await expect(speaker.getByRole('heading', { level: 1, name: 'Speaker view' })).toBeVisible();
  await expect(speakerNow(speaker)).toHaveText(`Now: ${DECK[0]!.title}`);
  await expect(speakerNext(speaker)).toHaveText(`Next: ${DECK[1]!.title}`);
  await expect(speaker.getByRole('timer', { name: 'Elapsed time' })).toHaveText(/^\d\d:\d\d$/);

  // → in the speaker's window moves the room.
  await speaker.keyboard.press('ArrowRight');
  await expect(speakerPosition(speaker)).toHaveText(/^Slide 2 of/);
  await expect(audienceTitle(audience)).toHaveText(DECK[1]!.title);
  await expect(speakerNext(speaker)).toHaveText(`Next: ${DECK[2]!.title}`);

  // → in the room's window moves the speaker, with this slide's notes.
  await audience.keyboard.press('ArrowRight');
  await expect(audienceTitle(audience)).toHaveText(DECK[2]!.title);
  await expect(speakerNow(speaker)).toHaveText(`Now: ${DECK[2]!.title}`);
  await expect(speaker.getByRole('heading', { name: 'Points to make' })).toBeVisible();
  await expect(speaker.getByText(DECK[2]!.notes.points[0]!)).toBeVisible();
  const question = DECK[2]!.notes.questions[0];
  if (question) await expect(speaker.getByText(`Q: ${question.question}`)).toBeVisible();
  // A step slide's next build is the step playing, on the same slide.
  await expect(speakerNext(speaker)).toHaveText(/^Next on this slide: step \d plays$/);

  // The speaker's build steps reach the room too (the slide stays, the step plays).
  await speaker.keyboard.press('ArrowRight');
  await expect(speakerPosition(speaker)).toHaveText(/^Slide 3 of \d+ · build 1$/);
  // The room's slide as shown (the print copy and the slides prepared out of sight are hidden).
  await expect(audience.getByRole('region', { name: DECK[2]!.title, exact: true })).toHaveAttribute(
    'data-build',
    '1',
  );

  // End in the room: the speaker follows to the last slide.
  await audience.keyboard.press('End');
  await expect(audienceTitle(audience)).toHaveText(DECK.at(-1)!.title);
  await expect(speakerNow(speaker)).toHaveText(`Now: ${DECK.at(-1)!.title}`);
  await expect(speakerPosition(speaker)).toHaveText(new RegExp(`^Slide ${DECK.length} of`));

  // A number then Enter, typed in the speaker's window.
  await speaker.keyboard.press('5');
  await speaker.keyboard.press('Enter');
  await expect(audienceTitle(audience)).toHaveText(DECK[4]!.title);
  await expect(speakerNow(speaker)).toHaveText(`Now: ${DECK[4]!.title}`);
  expect(problemsOf(problems), 'speaker window: console errors or requests off the origin').toEqual(
    [],
  );
});

test('a speaker window opened later goes where the room already is', async ({ irsa, baseURL }) => {
  const audience = irsa.page;
  await audience.goto('./#/present?slide=4&seed=demo');
  await expect(audienceTitle(audience)).toHaveText(DECK[3]!.title);
  const speaker = await audience.context().newPage();
  const problems = watch(speaker, new URL(baseURL!).origin);
  await speaker.goto(SPEAKER);
  await expect(speakerNow(speaker)).toHaveText(`Now: ${DECK[3]!.title}`);
  // Another room (another seed) in the same browser is another deck.
  const other = await audience.context().newPage();
  const otherProblems = watch(other, new URL(baseURL!).origin);
  await other.goto('./#/present?slide=1&speaker&seed=other-room');
  await expect(speakerNow(other)).toHaveText(`Now: ${DECK[0]!.title}`);
  await speaker.keyboard.press('ArrowLeft');
  await expect(audienceTitle(audience)).toHaveText(DECK[2]!.title);
  await expect(speakerNow(other)).toHaveText(`Now: ${DECK[0]!.title}`);
  expect(problemsOf(problems, otherProblems)).toEqual([]);
});

test('the timer counts from when the speaker view opens; Reset sets it to 00:00', async ({
  irsa,
}) => {
  const { page } = irsa;
  await page.clock.install();
  await page.goto(SPEAKER);
  const timer = page.getByRole('timer', { name: 'Elapsed time' });
  await expect(timer).toHaveText(/^00:0\d$/);
  await page.clock.fastForward('02:05');
  await expect(timer).toHaveText(/^02:\d\d$/);
  // Time stands still from here, so the reset value is exact, however slow the machine.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(timer).toHaveText('00:00');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.1 AA violation on the speaker view (${theme})`, async ({ irsa }) => {
    const { page } = irsa;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.goto('./#/present?slide=3&speaker&seed=demo');
    await expect(speakerNow(page)).toHaveText(`Now: ${DECK[2]!.title}`);
    await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
    // Both previews drawn and at rest.
    await expect(page.locator('main section[data-slide][data-ready="true"]')).toHaveCount(2);
    await expectNoAxeViolations(page);
  });
}
