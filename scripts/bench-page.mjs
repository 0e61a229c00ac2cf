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
