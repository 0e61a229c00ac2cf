import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './fixtures';
import { IrsaPage } from './irsa-page';
import { verifyRfc7515Example } from './checker';

/**
 * `npm run build:single` (scripts/build-single.mjs): the whole app as one HTML file, opened from
 * disk as someone would from a USB stick. The fixture in fixtures.ts compares requests with the
 * preview server's origin, and a file: page's origin is "null", so this spec uses Playwright's
 * own `test` and makes the same checks itself: no console error (a CSP violation is one) and
 * no request for anything but the file itself.
 */

// As a browser opens it: service workers on (the config blocks them for other specs). A file:
// page cannot register one; src/app/service-worker.ts does not try.
test.use({ serviceWorkers: 'allow' });

let outDir = '';
let fileUrl = '';

test.beforeAll(async () => {
  // Vite builds the whole app: seconds on an idle machine, far longer on a loaded one.
  test.setTimeout(240_000);
  outDir = mkdtempSync(join(tmpdir(), 'irsa-single-e2e-'));
  await promisify(execFile)('node', ['scripts/build-single.mjs', outDir], {
    maxBuffer: 16 * 1024 * 1024,
  });
  fileUrl = pathToFileURL(join(outDir, 'irsa-visualizer.html')).href;
});

test.afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/**
 * Watches `page` for console errors, uncaught exceptions, CSP violations (also reported to the
 * console, and here with the directive they broke) and requests for anything but the file.
 */
async function watch(page: Page) {
  const { errors, requests } = watchPage(page, (url) => url.href.split('#')[0] === fileUrl);
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    ),
  );
  return {
    /** Console errors (CSP violations among them) and requests for other files, so far. */
    problems: () => [...errors, ...requests],
    expectNone: () =>
      expect([...errors, ...requests], 'console errors and other requests').toEqual([]),
  };
}

test('opened from disk, the walkthrough runs to Step 6 of 6 and the token checker works', async ({
  page,
}) => {
  const problems = await watch(page);
  const irsa = new IrsaPage(page);
  await page.goto(`${fileUrl}#step=0&keys=demo`);
  await irsa.expectStep(0);
  await irsa.walkToStep6();

  // Hash routes work in a file: URL: the header's link opens the checker, which verifies.
  await page.getByRole('link', { name: 'Check a token' }).click();
  await expect(page.getByRole('heading', { name: 'Check a token' })).toBeVisible();
  expect(page.url()).toBe(`${fileUrl}#/check`);
  await verifyRfc7515Example(page);

  await page.getByRole('link', { name: 'IRSA Visualizer' }).click();
  await expect(irsa.status).toHaveText('Setup');
  problems.expectNone();
});

test('a deep link into the file opens its page: a failing scenario at its step', async ({
  page,
}) => {
  const problems = await watch(page);
  const irsa = new IrsaPage(page);
  await page.goto(`${fileUrl}#scenario=sub-other-namespace&step=0`);
  await expect(irsa.status).toHaveText('Setup');
  await page.keyboard.press('End');
  await expect(irsa.status).toContainText('Step 4 of 6');
  await expect(irsa.status).toContainText('failed: AccessDenied');
  await expect(page.getByRole('button', { name: 'Apply the fix' })).toBeVisible();

  await page.goto(`${fileUrl}#/check`);
  await expect(page.getByRole('heading', { name: 'Check a token' })).toBeVisible();
  problems.expectNone();
});

test('its policy allows only its own inline script and style, by hash, and no eval', async ({
  page,
}) => {
  const problems = await watch(page);
  await page.goto(fileUrl);
  await expect(new IrsaPage(page).status).toHaveText('Setup');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(policy).toMatch(/script-src 'sha256-[\w+/]+=*'(;|$)/);
  expect(policy).toMatch(/style-src 'sha256-[\w+/]+=*'(;|$)/);
  expect(policy).toContain("connect-src 'self'");
  // Nothing in the page names another file: one script and one style sheet, both inline.
  const outside = await page.evaluate(() => ({
    scripts: [...document.scripts].map((s) => s.src || 'inline'),
    sheets: [...document.styleSheets].map((s) => s.href ?? 'inline'),
    links: [...document.querySelectorAll('link')].map((l) => `${l.rel} ${l.href.split(',')[0]}`),
  }));
  expect(outside).toEqual({
    scripts: ['inline'],
    sheets: ['inline'],
    links: ['icon data:image/svg+xml;base64'],
  });
  problems.expectNone();
  // What injected markup would try: an inline script and a style element without the page's
  // hashes, and a string of code. Each is refused, and reported as a violation.
  const injected = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = "document.documentElement.dataset.injected = 'script'";
    document.body.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { color: rgb(1, 2, 3) }';
    document.head.append(style);
    // A string of code, as setTimeout takes one: compiled when it fires, under the page's policy.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the eval the policy refuses
    setTimeout("document.documentElement.dataset.evaluated = 'yes'");
    return {
      script: document.documentElement.dataset.injected ?? 'refused',
      style: getComputedStyle(document.body).color === 'rgb(1, 2, 3)' ? 'applied' : 'refused',
    };
  });
  expect(injected).toEqual({ script: 'refused', style: 'refused' });
  await expect
    .poll(() =>
      problems
        .problems()
        .filter((p) => p.startsWith('CSP violation'))
        .sort(),
    )
    .toEqual([
      'CSP violation: script-src blocked eval',
      'CSP violation: script-src-elem blocked inline',
      'CSP violation: style-src-elem blocked inline',
    ]);
  expect(await page.evaluate(() => document.documentElement.dataset.evaluated)).toBeUndefined();
  // Chromium's own console message for each of them; nothing else.
  expect(
    problems.problems().filter((p) => !/^CSP violation|Content Security Policy/.test(p)),
  ).toEqual([]);
});
