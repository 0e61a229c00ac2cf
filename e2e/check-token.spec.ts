import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { base64url, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { DEMO_TIME } from '../src/sim/deterministic';
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
  await expect(page.getByRole('heading', { name: 'Check a token', level: 1 })).toBeVisible();
  let results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('button', { name: 'Try the RFC 7515 example' }).click();
  await expect(page.locator('[data-verdict]')).toBeVisible();
  results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  // Checks that did not run, and no verdict, have their own look: it must pass too.
  await page.getByRole('textbox', { name: /^JWKS/ }).fill('');
  await expect(page.locator('[data-check="signature"]')).toContainText('○ not run');
  results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

/** The checker reads the browser's clock: fix it at the demo instant, 2026-11-28 12:00:00 UTC. */
async function openChecker(page: Page) {
  await page.clock.setFixedTime(new Date(DEMO_TIME));
  await page.goto('./#/check');
}

const ISSUER = 'https://oidc.eks.us-west-2.amazonaws.com/id/5E1D2A3C4B6F7089A1B2C3D4E5F60718';

/** An EKS-shaped projected token, signed here with a fresh key, and the JWKS that verifies it. */
async function signEksToken({ alg = 'RS256', issuedAt = -120 } = {}) {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const iat = Date.parse(DEMO_TIME) / 1000 + issuedAt;
  const token = await new SignJWT({
    aud: ['sts.amazonaws.com'],
    sub: 'system:serviceaccount:default:my-service-account',
  })
    .setProtectedHeader({ alg, kid: 'key-1' })
    .setIssuer(ISSUER)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + 86400)
    .sign(privateKey);
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'key-1', alg }] });
  return { token, jwks };
}

/** The same token with one claim changed after signing; the signature is kept. */
function forge(token: string, change: Record<string, unknown>): string {
  const [h, p, s] = token.split('.') as [string, string, string];
  const claims = JSON.parse(new TextDecoder().decode(base64url.decode(p))) as object;
  return `${h}.${base64url.encode(JSON.stringify({ ...claims, ...change }))}.${s}`;
}

test('without a usable key the verdict is never "Accepted": the signature is "not run"', async ({
  page,
}) => {
  await openChecker(page);
  const { token, jwks } = await signEksToken();
  await page.getByRole('textbox', { name: 'Token' }).fill(token);
  const verdict = page.locator('[data-verdict]');
  const signature = page.locator('[data-check="signature"]');
  await expect(verdict).toContainText('○ No verdict: the signature was not checked');
  await expect(verdict).toContainText(
    `The signature was not checked: no JWKS was pasted. STS always verifies it, with the issuer’s JWKS (for EKS, from ${ISSUER}/keys).`,
  );
  await expect(signature).toContainText('○ not run');
  await expect(signature).toContainText('not run: no JWKS was pasted');
  await expect(page.locator('[data-check="trust-policy"]')).toContainText('○ not run');

  const jwksField = page.getByRole('textbox', { name: /^JWKS/ });
  await jwksField.fill('{"keys": [');
  await expect(page.getByRole('alert')).toContainText('Line 1, column 11');
  await expect(signature).toContainText('not run: the JWKS could not be read');
  await expect(verdict).toContainText('○ No verdict');

  await jwksField.fill(JSON.stringify(RFC7515_A2_JWKS));
  await expect(signature).toContainText('not run: no key in this JWKS matches the header');
  await expect(verdict).toContainText('If this is that JWKS, STS finds no key either');
  await expect(verdict).not.toContainText('Accepted');

  await jwksField.fill(jwks);
  await expect(signature).toContainText('✓ passed');
  await expect(verdict).toContainText('✓ Accepted, provided:');
  await expect(verdict).toContainText('the role’s trust policy allows this token (not checked');
});

test('a forged token (payload changed after signing) is rejected at the signature', async ({
  page,
}) => {
  await openChecker(page);
  const { token, jwks } = await signEksToken();
  await page.getByRole('textbox', { name: /^JWKS/ }).fill(jwks);
  const tokenField = page.getByRole('textbox', { name: 'Token' });
  await tokenField.fill(forge(token, { sub: 'system:serviceaccount:kube-system:admin' }));
  const signature = page.locator('[data-check="signature"]');
  await expect(signature).toContainText('✕ failed');
  await expect(signature).toContainText('the signature does not match header and payload');
  await expect(page.locator('[data-verdict]')).toContainText(
    '✕ Rejected: InvalidIdentityToken (HTTP 400)',
  );

  // The RFC 7515 example, its payload changed, with its published key.
  await page.getByRole('textbox', { name: /^JWKS/ }).fill(JSON.stringify(RFC7515_A2_JWKS));
  await tokenField.fill(forge(RFC7515_A2_TOKEN, { exp: 1900000000 }));
  await expect(page.locator('[data-artifact="decoded-claims"]')).toContainText('1900000000');
  await expect(signature).toContainText('✕ failed');
  await expect(signature).toContainText('the signature does not match header and payload');
});

test('every time is shown in UTC with how long ago or ahead; the clock hint only on failure', async ({
  page,
}) => {
  await openChecker(page);
  const { token } = await signEksToken();
  const tokenField = page.getByRole('textbox', { name: 'Token' });
  await tokenField.fill(token);
  await expect(page.locator('dd[data-time="iat"]')).toHaveText(
    '2026-11-28 11:58:00 UTC, issued 2 minutes ago (1795867080)',
  );
  await expect(page.locator('dd[data-time="exp"]')).toHaveText(
    '2026-11-29 11:58:00 UTC, valid for 23 more hours (1795953480)',
  );
  await expect(page.locator('[data-time="now"]')).toContainText(
    'Times are compared with now: 2026-11-28 12:00:00 UTC (1795867200)',
  );
  const iat = page.locator('[data-check="iat"]');
  await expect(iat).toContainText('✓ passed');
  await expect(iat).not.toContainText('wrong clock');

  await tokenField.fill((await signEksToken({ issuedAt: 300 })).token);
  await expect(iat).toContainText('✕ failed');
  await expect(iat).toContainText('dated 5 minutes in the future');
  await expect(iat).toContainText('A token from the future usually means a wrong clock.');

  await page.getByRole('button', { name: 'Try the RFC 7515 example' }).click();
  await expect(page.locator('[data-check="exp"]')).toContainText(
    'actual: 1300819380 (2011-03-22 18:43:00 UTC): expired 15 years ago',
  );
});

test('a pasted "Bearer " and quotes are removed and said so; the field keeps what was typed', async ({
  page,
}) => {
  await openChecker(page);
  const pasted = `Bearer "${RFC7515_A2_TOKEN}"`;
  const tokenField = page.getByRole('textbox', { name: 'Token' });
  await tokenField.fill(pasted);
  await expect(
    page.getByText('Removed a leading "Bearer " and surrounding quotes before checking.'),
  ).toBeVisible();
  await expect(page.locator('[data-artifact="decoded-claims"]')).toContainText('"iss": "joe"');
  await expect(tokenField).toHaveValue(pasted);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await tokenField.fill(RFC7515_A2_TOKEN);
  await expect(page.getByText('Removed a leading')).toHaveCount(0);
});

test('the algorithms STS accepts are listed once, and the verdict follows that list', async ({
  page,
}) => {
  await openChecker(page);
  const { token, jwks } = await signEksToken({ alg: 'PS256' });
  await page.getByRole('textbox', { name: 'Token' }).fill(token);
  await page.getByRole('textbox', { name: /^JWKS/ }).fill(jwks);
  const alg = page.locator('[data-check="alg"]');
  await expect(alg).toContainText('✕ failed');
  await expect(alg).toContainText('expected: one of RS256, RS384, RS512, ES256, ES384, ES512');
  await expect(page.getByText('RS256, RS384, RS512, ES256, ES384, ES512')).toHaveCount(1);
  await expect(page.locator('[data-check="signature"]')).toContainText(
    'not run: alg PS256 is not one STS accepts, so no key was tried',
  );
  await expect(page.locator('[data-verdict]')).toContainText('✕ Rejected: InvalidIdentityToken');
});

test('on a phone (390×844) the page is no wider than the screen, with a report showing', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openChecker(page);
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  await page.getByRole('button', { name: 'Try the RFC 7515 example' }).click();
  await expect(page.locator('[data-verdict]')).toBeVisible();
  expect(await fits()).toBe(true);
  const { token } = await signEksToken();
  await page.getByRole('textbox', { name: 'Token' }).fill(token);
  await page.getByRole('textbox', { name: 'Trust policy' }).fill(
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: `arn:aws:iam::111122223333:oidc-provider/${ISSUER.slice(8)}` },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: {
              [`${ISSUER.slice(8)}:sub`]: 'system:serviceaccount:default:my-service-account',
              [`${ISSUER.slice(8)}:aud`]: 'sts.amazonaws.com',
            },
          },
        },
      ],
    }),
  );
  await expect(page.locator('[data-check="trust-policy"]')).toContainText('✓ passed');
  expect(await fits()).toBe(true);
});
