import type { Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, watchPage } from './fixtures';
import { IrsaPage } from './irsa-page';

/**
 * The room seed (`#seed=<word>`): everyone who opens the link gets the bundled demo key, a fixed
 * clock and the same ids, so the bytes match across browsers; the header says so and sets it.
 */

/** What a participant reads at step 6: the projected token and S3's SigV4 Authorization header. */
interface Bytes {
  token: string;
  authorization: string;
}

/**
 * A participant of their own: a new browser context (no storage, no cache shared with the
 * others) that opens the link and reads the token and the signature from the inspector. It fails
 * on console errors and on requests leaving the page, as the fixture does for its page.
 */
async function participant(browser: Browser, baseURL: string, fragment: string): Promise<Bytes> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const origin = new URL(baseURL).origin;
  const { errors, requests } = watchPage(page, (url) => url.origin === origin);
  try {
    const irsa = new IrsaPage(page);
    await irsa.open(fragment);
    await irsa.expectStep(6);
    // The Token tab shows the pod's token at every step; "All artifacts" the step's own.
    await irsa.showTab('Token');
    const token = ((await irsa.artifact('token').textContent()) ?? '').trim();
    const request = await irsa.artifactText('s3-request');
    const authorization = request.split('\n').find((l) => l.startsWith('Authorization: ')) ?? '';
    expect(token).toMatch(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/);
    expect(authorization).toMatch(/Signature=[0-9a-f]{64}$/);
    expect([...errors, ...requests], 'console errors and requests that left the page').toEqual([]);
    return { token, authorization };
  } finally {
    await context.close();
  }
}

test('two browsers with the same seed show byte-identical tokens and signatures; another seed differs', async ({
  browser,
  baseURL,
}) => {
  test.slow(); // three whole walks in three browser contexts
  const url = baseURL ?? 'http://127.0.0.1:4173';
  const [first, second] = await Promise.all([
    participant(browser, url, '#step=6&seed=workshop-7'),
    participant(browser, url, '#step=6&seed=workshop-7'),
  ]);
  expect(second.token).toBe(first.token);
  expect(second.authorization).toBe(first.authorization);

  const other = await participant(browser, url, '#step=6&seed=workshop-8');
  expect(other.token).not.toBe(first.token);
  expect(other.authorization).not.toBe(first.authorization);
});

/** The header's seed control: the button, and the field in its panel. */
const seedButton = (page: Page, name: string | RegExp) =>
  page.getByRole('banner').getByRole('button', { name });
const seedField = (page: Page) => page.getByRole('textbox', { name: 'Seed word' });

test('the header labels the seed, and its Present link opens the deck with it', async ({
  irsa,
  page,
}) => {
  await irsa.open('#step=6&seed=workshop-7');
  await expect(seedButton(page, 'Demo key · seed workshop-7')).toBeVisible();
  await expect(seedButton(page, 'Demo key · seed workshop-7')).toHaveAttribute(
    'title',
    /demo key.*fixed clock.*workshop-7/,
  );
  await expect(page.getByRole('link', { name: 'Present' })).toHaveAttribute(
    'href',
    '#/present?slide=1&seed=workshop-7',
  );
  // The older spelling is the seed "demo" (same step: the walk keeps the URL's seed meanwhile).
  await irsa.open('#step=6&keys=demo');
  await expect(seedButton(page, 'Demo key · seed demo')).toBeVisible();
});

test('the seed control rejects an invalid word at the field, applies a valid one and drops it', async ({
  irsa,
  page,
}) => {
  await irsa.open('#scenario=sub-other-namespace&step=2');
  await expect(seedButton(page, 'Same bytes')).toHaveAttribute('aria-expanded', 'false');
  await seedButton(page, 'Same bytes').click();
  await expect(page.getByText('so tokens and signatures match byte for byte')).toBeVisible();
  await expect(seedField(page)).toBeFocused();

  await seedField(page).fill('room 42!');
  await page.getByRole('button', { name: 'Use this seed' }).click();
  await expect(seedField(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toHaveText(/letters, digits and dashes/);
  await expect(page).toHaveURL(/#scenario=sub-other-namespace&step=2$/);

  // Enter in the field applies it: the same place, with the seed, and the walk starts again.
  await seedField(page).fill('room-42');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await seedField(page).press('Enter');
  await expect(page).toHaveURL(/#scenario=sub-other-namespace&step=2&seed=room-42$/);
  await irsa.expectStep(2);
  await expect(seedButton(page, 'Demo key · seed room-42')).toBeVisible();
  // The panel opens again on the link for the room.
  await expect(page.getByRole('button', { name: 'Copy link for the room' })).toBeFocused();
  await expect(page.getByText(/#scenario=sub-other-namespace&step=2&seed=room-42$/)).toBeVisible();

  await page.getByRole('button', { name: 'Fresh keys' }).click();
  await expect(page).toHaveURL(/#scenario=sub-other-namespace&step=2$/);
  await irsa.expectStep(2);
  await expect(seedButton(page, 'Same bytes')).toBeVisible();
});

test('the seed control works from the keyboard, and on other pages', async ({ irsa, page }) => {
  await page.goto('./#/check');
  const button = seedButton(page, 'Same bytes');
  await irsa.tabTo(button);
  await page.keyboard.press('Enter');
  await expect(seedField(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(seedField(page)).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('Enter');
  await page.keyboard.type('workshop-7');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/check\?seed=workshop-7$/);
  await expect(seedButton(page, 'Demo key · seed workshop-7')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Present' })).toHaveAttribute(
    'href',
    '#/present?slide=1&seed=workshop-7',
  );
  // A press elsewhere closes the panel.
  await page.getByRole('heading', { level: 1 }).click({ position: { x: 5, y: 5 } });
  await expect(seedField(page)).toBeHidden();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.1 AA violation with the seed panel open (${theme})`, async ({
    irsa,
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await irsa.open('#step=6&seed=workshop-7');
    await seedButton(page, 'Demo key · seed workshop-7').click();
    await expect(page.getByRole('button', { name: 'Copy link for the room' })).toBeVisible();
    await seedField(page).fill('not a word');
    await page.getByRole('button', { name: 'Use this seed' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page, 'the header', 'header');
  });
}
