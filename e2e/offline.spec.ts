import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, watchPage } from './fixtures';
import { IrsaPage } from './irsa-page';
import { verifyRfc7515Example } from './checker';

/**
 * The service worker (scripts/service-worker.mjs): after one visit the whole site works offline,
 * lazy chunks included, and a new build is announced and taken on the user's word.
 */
test.use({ serviceWorkers: 'allow' });

/** The URLs sw.js precaches, as it lists them (relative to itself). */
async function precacheList(page: Page): Promise<string[]> {
  const sw = await (await page.request.get('./sw.js')).text();
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
}

/**
 * Wait until the service worker controls the page and its caches hold every file it precaches:
 * from then on the site needs no network.
 */
async function waitUntilOfflineReady(page: Page): Promise<string[]> {
  const expected = (await precacheList(page)).map((url) => new URL(url, page.url()).pathname);
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          if (!navigator.serviceWorker.controller) return ['(no controller yet)'];
          const cached = new Set<string>();
          for (const name of await caches.keys()) {
            for (const request of await (await caches.open(name)).keys())
              cached.add(new URL(request.url).pathname);
          }
          return [...cached].sort();
        }),
      'the precache holds every file sw.js lists',
    )
    .toEqual(expect.arrayContaining(expected));
  return expected;
}

test('after one visit the walkthrough, the token checker and the lab work offline', async ({
  irsa,
  page,
  context,
}) => {
  await irsa.open('#step=0&keys=demo');
  const precached = await waitUntilOfflineReady(page);
  // The lazy chunks too: the engine, the token checker, the lab's scenario card.
  expect(precached).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/\/index\.html$/),
      expect.stringMatching(/\/manifest\.webmanifest$/),
      expect.stringMatching(/\/assets\/engine-[\w-]+\.js$/),
      expect.stringMatching(/\/assets\/check-token-page-[\w-]+\.js$/),
      expect.stringMatching(/\/assets\/scenario-card-[\w-]+\.js$/),
    ]),
  );

  await context.setOffline(true);
  const offlinePage = await page.reload();
  expect(offlinePage?.fromServiceWorker(), 'the page came from the service worker').toBe(true);
  await expect(irsa.status).toHaveText('Setup');
  await irsa.walkToStep6();

  await page.getByRole('link', { name: 'Check a token' }).click();
  await expect(page.getByRole('heading', { name: 'Check a token' })).toBeVisible();
  await verifyRfc7515Example(page);

  await page.getByRole('link', { name: 'IRSA Visualizer' }).click();
  await expect(irsa.status).toHaveText('Setup');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('sub-other-namespace');
  await expect(page).toHaveURL(/#scenario=sub-other-namespace&step=0/);
  await page.keyboard.press('End');
  await expect(irsa.status).toContainText('Step 4 of 6');
  await expect(irsa.status).toContainText('failed: AccessDenied');
  await expect(page.getByRole('button', { name: 'Apply the fix' })).toBeVisible();
});

/** Where the returning visitor's site lives: a sub-path, as on a static host's project page. */
const SUB_PATH = '/some/sub/path/';

/**
 * A returning visitor of a site that is about to deploy: the preview server's site under
 * SUB_PATH of a proxy with its own origin, whose sw.js `deploy` changes as a new build would.
 * (Playwright's routing does not see the browser's update check of sw.js, so the change has to
 * come from a server.) Like the fixture, `expectNoProblems` fails on console errors and on
 * requests that leave the site's origin.
 */
async function returningVisitor(browser: Browser, upstream: string) {
  let nextBuild = '';
  const proxy = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://proxy').pathname;
    if (!path.startsWith(SUB_PATH)) return void res.writeHead(404).end();
    const url = new URL(path.slice(SUB_PATH.length), `${upstream}/`);
    fetch(url)
      .then(async (response) => {
        let body = Buffer.from(await response.arrayBuffer());
        if (url.pathname.endsWith('/sw.js')) body = Buffer.concat([body, Buffer.from(nextBuild)]);
        res.writeHead(response.status, {
          'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
        });
        res.end(body);
      })
      .catch(() => res.writeHead(502).end());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  const context = await browser.newContext({
    baseURL: `${origin}${SUB_PATH}`,
    serviceWorkers: 'allow',
  });
  const page = await context.newPage();
  const { errors, requests } = watchPage(page, (url) => url.origin === origin);
  return {
    page,
    irsa: new IrsaPage(page),
    /** The next build: the same site, its sw.js one line longer. */
    deploy: (line: string) => (nextBuild = `\n${line}\n`),
    expectNoProblems: () =>
      expect([...errors, ...requests], 'console errors and requests that left the page').toEqual(
        [],
      ),
    async close() {
      await context.close();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}

const NEW_VERSION = 'A new version of the IRSA Visualizer is ready.';

test('a new build is announced on the next visit; "Reload to update" reloads the page under it', async ({
  browser,
  baseURL,
}) => {
  const visitor = await returningVisitor(browser, baseURL!);
  try {
    const { page, irsa } = visitor;
    await irsa.open('#step=0&keys=demo');
    await waitUntilOfflineReady(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname, 'the worker covers the sub-path the site is served from').toBe(
      SUB_PATH,
    );
    const banner = page.getByText(NEW_VERSION);
    await expect(banner).toBeHidden();

    // The new build's worker answers the question "which build?", so the test can tell them apart.
    visitor.deploy(
      "self.addEventListener('message', (e) => e.data === 'which build?' && e.source.postMessage('next build'));",
    );
    // Coming back: the browser checks sw.js on the navigation, installs the new version beside
    // the running one and the page says so.
    await page.reload();
    await expect(irsa.status).toHaveText('Setup');
    await expect(banner).toBeVisible();
    await expectNoAxeViolations(page, 'the update banner', '[data-update-banner]');

    // The banner is the first thing Tab reaches; Enter on its button updates.
    const reload = page.getByRole('button', { name: 'Reload to update' });
    await irsa.tabTo(reload);
    await page.evaluate(() => Object.assign(window, { beforeUpdate: true }));
    const reloaded = page.waitForEvent('load');
    await page.keyboard.press('Enter');
    await reloaded;
    await expect(irsa.status).toHaveText('Setup');
    expect(await page.evaluate(() => 'beforeUpdate' in window), 'the page reloaded').toBe(false);
    await expect(banner).toBeHidden();
    const answer = await page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          navigator.serviceWorker.addEventListener('message', (e) => resolve(e.data), {
            once: true,
          });
          navigator.serviceWorker.controller?.postMessage('which build?');
        }),
    );
    expect(answer, 'the worker that controls the reloaded page').toBe('next build');
    visitor.expectNoProblems();
  } finally {
    await visitor.close();
  }
});

test('a check for updates finds a new build; "Dismiss" hides the dark banner and the page stays as it was', async ({
  browser,
  baseURL,
}) => {
  const visitor = await returningVisitor(browser, baseURL!);
  try {
    const { page, irsa } = visitor;
    await page.emulateMedia({ colorScheme: 'dark' });
    await irsa.open('#step=2&keys=demo');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await waitUntilOfflineReady(page);
    visitor.deploy('// the next build');
    // What the app does when the tab is shown again (at most every five minutes).
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByText(NEW_VERSION);
    await expect(banner).toBeVisible();
    await expectNoAxeViolations(page, 'the update banner, dark theme', '[data-update-banner]');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toBeHidden();
    await irsa.expectStep(2);
    visitor.expectNoProblems();
  } finally {
    await visitor.close();
  }
});
