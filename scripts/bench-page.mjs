// Measurements taken inside Chromium on the built app, in milliseconds from performance.now()
// (fine-grained because the page is served cross-origin isolated). The page's CSP forbids eval,
// so each probe is a self-contained function handed to page.evaluate.

/** Serve the document with COOP/COEP so performance.now() is not coarsened to 0.1 ms. */
export async function isolate(page, baseUrl) {
  await page.route(
    (url) => url.href.startsWith(baseUrl) && /\/(index\.html)?$/.test(url.pathname),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: {
          ...response.headers(),
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
        },
      });
    },
  );
}

/**
 * Click the button whose text starts with `buttonName`, then wait until [role=status] starts with
 * `statusPrefix` (and is not working) and one more frame has been painted. Returns the elapsed ms.
 */
export function clickUntilPainted(page, buttonName, statusPrefix) {
  return page.evaluate(
    ({ buttonName, statusPrefix }) =>
      new Promise((resolve) => {
        const status = document.querySelector('[role=status]');
        const button = [...document.querySelectorAll('button')].find((b) =>
          b.textContent.trim().startsWith(buttonName),
        );
        const ok = () =>
          status.textContent.startsWith(statusPrefix) && !status.textContent.includes('working');
        const t0 = performance.now();
        new MutationObserver((_, observer) => {
          if (!ok()) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        }).observe(status, { subtree: true, childList: true, characterData: true });
        button.click();
      }),
    { buttonName, statusPrefix },
  );
}

export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return { n: sorted.length, median, mean, min: sorted[0], max: sorted[sorted.length - 1] };
}

/**
 * "Check a token": from pasting garbage (or a megabyte) into the Token field until its message
 * is at the field and one more frame is painted; `runs` samples per input. The paste is a value
 * set and an `input` event, as a browser's paste does; the field is emptied first.
 */
export async function measureChecker(page, baseUrl, runs = 10) {
  await page.goto(`${baseUrl}/#/check`);
  const field = page.getByRole('textbox', { name: 'Token' });
  await field.waitFor();
  const garbage = {
    'not a JWT': 'not a jwt',
    'bad base64url': 'a$b.c.d',
    'a megabyte': 'x'.repeat(1 << 20),
  };
  const results = {};
  for (const [name, text] of Object.entries(garbage)) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      samples.push(
        await field.evaluate(
          (el, value) =>
            new Promise((resolve) => {
              const setter = Object.getOwnPropertyDescriptor(
                HTMLTextAreaElement.prototype,
                'value',
              ).set;
              setter.call(el, '');
              el.dispatchEvent(new Event('input', { bubbles: true }));
              setTimeout(() => {
                const t0 = performance.now();
                new MutationObserver((_, obs) => {
                  if (document.querySelector('[role=alert]')) {
                    obs.disconnect();
                    requestAnimationFrame(() =>
                      setTimeout(() => resolve(performance.now() - t0), 0),
                    );
                  }
                }).observe(document.body, { subtree: true, childList: true });
                setter.call(el, value);
                el.dispatchEvent(new Event('input', { bubbles: true }));
              }, 50);
            }),
          text,
        ),
      );
    }
    results[name] = stats(samples);
  }
  return results;
}

// `node scripts/bench-page.mjs [BASE_URL] [RUNS]`: the checker's measurements alone, on a build
// already served at BASE_URL (or on dist/, built and served here).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('@playwright/test');
  const { findChromium } = await import('./find-chromium.mjs');
  const { serveDist } = await import('./serve-dist.mjs');
  const [url, runs = '20'] = process.argv.slice(2);
  const server = url ? { url, stop: () => {} } : await serveDist({ port: 4178 });
  const browser = await chromium.launch({ executablePath: await findChromium() });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await isolate(page, server.url);
    const results = await measureChecker(page, server.url, Number(runs));
    for (const [name, s] of Object.entries(results))
      console.log(
        `Check a token, ${name} → message at the field: median ${s.median.toFixed(1)} ms (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)}, n=${s.n})`,
        s.median < 100 ? 'PASS (< 100 ms)' : 'FAIL',
      );
  } finally {
    await browser.close();
    server.stop();
  }
}
