import { buildsAt, DECK, DeckPage } from './deck-page';
import { expect, test } from './fixtures';

/** Pages in a PDF: its page objects (`/Type /Page`), not the page tree (`/Type /Pages`). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length;

test('printing the deck gives one page per slide, each its last build', async ({ irsa }) => {
  test.slow();
  const page = irsa.page;
  const deck = new DeckPage(page);
  await deck.open(1);
  // Every slide is prepared for print, out of sight, each its own run at rest.
  const printed = page.locator('.deck-print section[data-slide]');
  await expect(printed).toHaveCount(DECK.length, { timeout: 45_000 });
  for (let i = 0; i < DECK.length; i++) {
    await expect(printed.nth(i)).toHaveAttribute('data-ready', 'true');
    await expect(printed.nth(i)).toHaveAttribute('data-slide', DECK[i]!.id);
    await expect(printed.nth(i)).toHaveAttribute('data-build', String(buildsAt(i + 1)));
  }
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pageCount(pdf)).toBe(DECK.length);

  // In print, the screen's deck is left out and every slide shows, dark on white.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.deck-screen')).toBeHidden();
  await expect(printed.first()).toBeVisible();
  const failure = page.locator('.deck-print section[data-kind="failure"]').first();
  await expect(failure.getByRole('region', { name: 'AWS error' })).toContainText('✕ Rejected');
  await expect(failure.getByRole('region', { name: 'The fix' })).toContainText('✓ Run again');
  const colours = await printed.first().evaluate((el) => {
    const style = getComputedStyle(el);
    return [style.backgroundColor, getComputedStyle(el.querySelector('h2')!).color];
  });
  expect(colours[0]).toBe('rgb(255, 255, 255)');
  expect(colours[1]).toMatch(/^(rgb|oklch|lab)\(/);
});

test('printing in the dark theme still prints dark on white', async ({ irsa }) => {
  const page = irsa.page;
  await page.emulateMedia({ colorScheme: 'dark' });
  const deck = new DeckPage(page);
  await deck.open(12);
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page.locator('.deck-print section[data-slide]').first()).toHaveAttribute(
    'data-ready',
    'true',
  );
  // The theme stays chosen; it simply does not apply to paper.
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  const colours = await page
    .locator('.deck-print section[data-slide]')
    .first()
    .evaluate((el) => {
      const title = el.querySelector('h1, h2, h3') ?? el;
      return [getComputedStyle(el).backgroundColor, getComputedStyle(title).color];
    });
  expect(colours[0]).toBe('rgb(255, 255, 255)');
  // Dark text: Tailwind's colours are oklch (lightness first, 0–1); others rgb.
  const oklch = /^oklch\(([\d.]+)/.exec(colours[1]!);
  const lightness = oklch
    ? Number(oklch[1])
    : Math.max(
        ...colours[1]!
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map(Number),
      ) / 255;
  expect(lightness, colours[1]).toBeLessThan(0.4);
  await expect(page.locator('html')).toHaveClass(/dark/);
});

test('a deck in a host page prints only its current slide', async ({ irsa }) => {
  const page = irsa.page;
  const deck = new DeckPage(page);
  await deck.open(5, 'embed&seed=demo');
  await expect(page.locator('.deck-print')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('section[data-slide]:visible')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Deck' })).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pageCount(pdf)).toBe(1);
});
