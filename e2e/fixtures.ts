import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { IrsaPage } from './irsa-page';

/**
 * Every test gets the page object, and fails if the page logs a console error or sends any
 * request outside its own origin (the app is private: nothing leaves the page).
 * `allowConsoleErrors` (default none) lets a spec that breaks a view on purpose accept the
 * errors it causes (React logs an error its boundary caught): each pattern should match only
 * that test's own error message.
 */
export const test = base.extend<{ irsa: IrsaPage; allowConsoleErrors: RegExp[] }>({
  allowConsoleErrors: [[], { option: true }],
  irsa: async ({ page, baseURL, allowConsoleErrors }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const { errors: consoleErrors, requests: foreignRequests } = watchPage(
      page,
      (url) => url.origin === origin,
    );
    await use(new IrsaPage(page));
    const unexpected = consoleErrors.filter(
      (text) => !allowConsoleErrors.some((p) => p.test(text)),
    );
    expect(unexpected, 'console errors').toEqual([]);
    expect(foreignRequests, 'requests that left the page origin').toEqual([]);
  },
});

/**
 * Watches a page as the fixture watches its own: `errors` collects what it logs as an error and
 * what it throws, `requests` every request `isOwn` does not accept (data: URLs always are).
 */
export function watchPage(page: Page, isOwn: (url: URL) => boolean) {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith('data:') && !isOwn(new URL(url))) requests.push(url);
  });
  return { errors, requests };
}

/**
 * Axe finds no WCAG 2.1 AA violation on the page as it stands (or within `include`): each
 * violation is listed by rule and element, so a failure says what to fix.
 */
export async function expectNoAxeViolations(page: Page, where = '', include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    where,
  ).toEqual([]);
}

export { expect };
