import { expect, type Page } from '@playwright/test';
import { RFC7515_A2_JWKS, RFC7515_A2_TOKEN } from '../src/sim/token-check/rfc7515-example';

/** On the token checker: RFC 7515's A.2 example token and its JWK, pasted, verify. */
export async function verifyRfc7515Example(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Token' }).fill(RFC7515_A2_TOKEN);
  await page.getByRole('textbox', { name: /^JWKS/ }).fill(JSON.stringify(RFC7515_A2_JWKS));
  await expect(page.locator('[data-check="signature"]')).toContainText('signature verified');
}
