import type { Page } from '@playwright/test';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * `#/handout`: the deck as a printable page, computed in this browser: Setup and six steps with
 * their artifacts, then the three failures with AWS's answer, the cause, the fix and its run.
 */

const HANDOUT = './#/handout?seed=workshop-7';

/** Open the handout and wait until every run has settled (the page says so, and marks it). */
async function openHandout(page: Page, url = HANDOUT): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('status').filter({ hasText: 'Ready to print' })).toBeVisible();
  await expect(page.locator('article[data-ready="true"]')).toHaveAttribute('aria-busy', 'false');
}

const artifact = (page: Page, id: string) => page.locator(`pre[data-handout-artifact="${id}"]`);

test('one section per step, and the three failures with AWS’s codes and the fix that works', async ({
  irsa,
}) => {
  const { page } = irsa;
  await openHandout(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/IRSA handout/);
  await expect(page.getByText('Seed workshop-7: the bundled demo key')).toBeVisible();

  const steps = page.locator('section[data-step]');
  await expect(steps).toHaveCount(7);
  await expect(steps.getByRole('heading', { level: 2 })).toHaveText([
    /^Setup: /,
    /^1\. /,
    /^2\. /,
    /^3\. /,
    /^4\. /,
    /^5\. /,
    /^6\. /,
  ]);
  // Each step shows an artifact of the run, as the deck's slide names it.
  for (const [step, id] of [
    [0, 'pod'],
    [1, 'sts-request'],
    [2, 'unverified'],
    [3, 'jwks-response'],
    [4, 'trust-policy'],
    [5, 'sts-response'],
    [6, 's3-request'],
  ] as const)
    await expect(steps.nth(step).locator(`pre[data-handout-artifact="${id}"]`)).toBeVisible();
  await expect(artifact(page, 's3-request')).toContainText(
    /Authorization: AWS4-HMAC-SHA256 Credential=ASIA\w+\/20261128\/us-west-2\/s3\/aws4_request/,
  );

  const failures = page.locator('section[data-failure]');
  await expect(failures).toHaveCount(3);
  await expect(failures.locator('[data-aws-code]')).toHaveText([
    'InvalidIdentityToken',
    'AccessDenied',
    'InvalidIdentityToken',
  ]);
  await expect(failures.nth(0)).toContainText('InvalidIdentityToken: Incorrect token audience');
  await expect(failures.nth(1)).toContainText(
    'AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity',
  );
  await expect(failures.nth(2)).toContainText(
    /InvalidIdentityToken: No OpenIDConnect provider found in your account for https:\/\/oidc\.eks\.us-west-2\.amazonaws\.com\/id\/[0-9A-F]{32}/,
  );
  // The error on the wire, the cause with the run's own names, the commands, and the fixed run.
  await expect(failures.nth(1).locator('pre[data-handout-artifact="error-response"]')).toHaveText(
    /HTTP\/1\.1 403 Forbidden[\s\S]*<Code>AccessDenied<\/Code>/,
  );
  await expect(failures.nth(1)).toContainText(
    'The role trusts system:serviceaccount:production:my-service-account, but the pod runs in default',
  );
  await expect(failures.nth(2)).toContainText('aws iam list-open-id-connect-providers | grep');
  await expect(failures.locator('[data-verdict]')).toHaveCount(3);
  for (const verdict of await failures.locator('[data-verdict]').all()) {
    await expect(verdict).toHaveAttribute('data-verdict', 'succeeded');
    await expect(verdict).toContainText('all six steps pass; S3 answers HTTP/1.1 200 OK');
  }
});

test('the token on the handout is real: it verifies against the JWKS the same run served', async ({
  irsa,
}) => {
  const { page } = irsa;
  await openHandout(page);
  const token = ((await artifact(page, 'token').textContent()) ?? '').trim();
  expect(token).toMatch(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/);
  // The JWKS response is shown by its telling lines; its body is one line of JSON.
  const jwks = ((await artifact(page, 'jwks-response').textContent()) ?? '')
    .split('\n')
    .find((line) => line.startsWith('{"keys"'));
  expect(jwks, 'the JWKS body line').toBeDefined();
  const { payload } = await jwtVerify(
    token,
    createLocalJWKSet(JSON.parse(jwks!) as JSONWebKeySet),
    {
      audience: 'sts.amazonaws.com',
      algorithms: ['RS256'],
      // The room seed's fixed clock: 2026-11-28T12:00:00Z.
      currentDate: new Date('2026-11-28T12:00:00Z'),
    },
  );
  expect(payload.sub).toBe('system:serviceaccount:default:my-service-account');
  expect(payload.iss).toMatch(/^https:\/\/oidc\.eks\.us-west-2\.amazonaws\.com\/id\/[0-9A-F]{32}$/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.1 AA violation on the handout (${theme})`, async ({ irsa }) => {
    const { page } = irsa;
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await openHandout(page);
    await expectNoAxeViolations(page);
  });
}

test('Print prints; printed, the page shows the handout without the header or its controls', async ({
  irsa,
}) => {
  const { page } = irsa;
  // Count the calls instead of opening the browser's print dialog.
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => (window as unknown as { printed: number }).printed++;
  });
  await openHandout(page);
  const header = page.getByRole('banner');
  await expect(header.getByRole('button', { name: 'Demo key · seed workshop-7' })).toBeVisible();
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(header).toBeHidden();
  await expect(header.getByRole('button', { name: 'Demo key · seed workshop-7' })).toBeHidden();
  await expect(header.getByRole('link', { name: 'Present' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.locator('section[data-step]').first()).toBeVisible();
  await expect(artifact(page, 'token')).toBeVisible();
  // Code wraps: no block is wider than the page.
  const overflowing = await page.evaluate(
    () =>
      [...document.querySelectorAll('article pre')].filter(
        (pre) => pre.scrollWidth > pre.clientWidth,
      ).length,
  );
  expect(overflowing).toBe(0);
});

test('without a seed the handout says its keys were made for this page', async ({ irsa }) => {
  const { page } = irsa;
  await openHandout(page, './#/handout');
  await expect(page.getByText('No seed: a key pair generated for this page')).toBeVisible();
  await expect(page.locator('section[data-failure] [data-aws-code]')).toHaveText([
    'InvalidIdentityToken',
    'AccessDenied',
    'InvalidIdentityToken',
  ]);
});

test('on a phone nothing on the handout is wider than the screen', async ({ irsa }) => {
  const { page } = irsa;
  await page.setViewportSize({ width: 390, height: 844 });
  await openHandout(page);
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    screen: window.innerWidth,
    wide: [...document.querySelectorAll('article p, article pre, article h2, article h3')]
      // The diagram (a figure) keeps its own text within its drawing; the layout test checks it.
      .filter((el) => !el.closest('figure') && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent?.slice(0, 60)),
  }));
  expect(widths.wide).toEqual([]);
  expect(widths.page).toBeLessThanOrEqual(widths.screen);
});
