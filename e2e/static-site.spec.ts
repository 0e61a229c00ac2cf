import { createHash } from 'node:crypto';
import { expect, test } from './fixtures';

test('the built page carries a CSP with no eval, and allows its two inline scripts and its style sheet by hash', async ({
  irsa,
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await irsa.open();
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  // The boot script (theme before the first paint) and the one that shows a prerendered page
  // at its own fragment, and nothing else inline: each allowed by its hash.
  const inline = await page.locator('script:not([src])').allTextContents();
  expect(inline).toHaveLength(2);
  for (const code of inline)
    expect(csp).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  // The style sheet is in the page (the first paint waits for no other file), allowed likewise;
  // its disabled link is never fetched, and tells the loader of lazy pages it is there.
  // The deck's own sheet waits beside it, off, for the prerendered first slide.
  const sheets = await page.locator('style:not([media="not all"])').allTextContents();
  expect(sheets).toHaveLength(1);
  const sheetHash = createHash('sha256').update(sheets[0]!).digest('base64');
  expect(csp).toContain(`style-src 'self' 'sha256-${sheetHash}'`);
  for (const off of await page.locator('style[media="not all"]').allTextContents())
    expect(csp).toContain(`'sha256-${createHash('sha256').update(off).digest('base64')}'`);
  await expect(page.locator('link[rel="stylesheet"][disabled]')).toHaveCount(1);
  await page.getByRole('link', { name: 'Train' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Training' })).toBeVisible();
  expect(requests.filter((path) => path.endsWith('.css'))).toEqual([]);
});

test('no request of the page fails (icon, robots.txt, lazy chunks)', async ({ irsa, page }) => {
  const failures: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failures.push(`failed ${r.url()}`));
  await irsa.open('#step=6&keys=demo');
  await irsa.expectStep(6);
  expect((await page.request.get('./robots.txt')).status()).toBe(200);
  expect((await page.request.get('./favicon.svg')).status()).toBe(200);
  expect(failures).toEqual([]);
});

test('the built site works from a sub-path of a static host', async ({ irsa, page, baseURL }) => {
  // Serve the same files under /some/sub/path/: only relative asset URLs survive this.
  await page.route('**/some/sub/path/**', async (route) => {
    const url = new URL(route.request().url());
    const rest = url.pathname.replace('/some/sub/path/', '/');
    const response = await route.fetch({ url: `${baseURL}${rest === '/' ? '/index.html' : rest}` });
    await route.fulfill({ response });
  });
  await page.goto('/some/sub/path/#step=2&keys=demo');
  await expect(irsa.status).toHaveText('Step 2 of 6: STS asks IAM to verify');
});
