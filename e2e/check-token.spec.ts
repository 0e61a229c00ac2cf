import AxeBuilder from '@axe-core/playwright';
import { RFC7515_A2_JWKS, RFC7515_A2_TOKEN } from '../src/sim/token-check/rfc7515-example';
import { expect, test } from './fixtures';

test('the header links to "Check a token"', async ({ irsa, page }) => {
  await irsa.open();
  await page.getByRole('link', { name: 'Check a token' }).click();
  await expect(page.getByRole('heading', { name: 'Check a token' })).toBeVisible();
  await expect(page).toHaveURL(/#\/check$/);
});

test('a known RS256 example verifies with its JWK; one changed character is rejected', async ({
  page,
}) => {
  await page.goto('./#/check');
  const token = page.getByRole('textbox', { name: 'Token' });
  await token.fill(RFC7515_A2_TOKEN);
  await page.getByRole('textbox', { name: /^JWKS/ }).fill(JSON.stringify(RFC7515_A2_JWKS));
  const signature = page.locator('[data-check="signature"]');
  await expect(signature).toHaveAttribute('data-passed', 'true');
  await expect(signature).toContainText('signature verified');
  await expect(page.locator('[data-artifact="decoded-claims"]')).toContainText('"iss": "joe"');

  const i = RFC7515_A2_TOKEN.length - 5;
  const changed =
    RFC7515_A2_TOKEN.slice(0, i) +
    (RFC7515_A2_TOKEN[i] === 'A' ? 'B' : 'A') +
    RFC7515_A2_TOKEN.slice(i + 1);
  await token.fill(changed);
  await expect(signature).toHaveAttribute('data-passed', 'false');
  await expect(page.locator('[data-verdict]')).toContainText('InvalidIdentityToken');
  expect(page.url()).not.toContain(RFC7515_A2_TOKEN.slice(0, 20));
});

test('garbage gets a precise message at the field, quickly and without freezing', async ({
  page,
}) => {
  await page.goto('./#/check');
  const token = page.getByRole('textbox', { name: 'Token' });
  for (const [text, message] of [
    [
      'not a jwt',
      'A JWT has three parts separated by dots (header.payload.signature); this text has 1.',
    ],
    ['a$b.c.d', 'The header is not base64url'],
    ['WzFd.e30.sig', 'The header must be a JSON object; it is an array.'],
  ] as const) {
    await token.fill(text);
    await expect(page.getByRole('alert')).toContainText(message);
  }
  const megabyte = 'x'.repeat(1 << 20);
  await token.fill(megabyte);
  await expect(page.getByRole('alert')).toContainText(
    'The text is 1,048,576 characters long; STS accepts tokens of at most 20,000.',
  );
  await expect(page.getByRole('heading', { name: 'Check a token' })).toBeVisible();
});

test('axe finds no violation on the checker, empty and with a report', async ({ page }) => {
  await page.goto('./#/check');
  let results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('button', { name: 'Try the RFC 7515 example' }).click();
  await expect(page.locator('[data-verdict]')).toBeVisible();
  results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
