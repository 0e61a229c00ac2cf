import { test as base, expect } from '@playwright/test';
import { IrsaPage } from './irsa-page';

/**
 * Every test gets the page object, and fails if the page logs a console error or sends any
 * request outside its own origin (the app is private: nothing leaves the page).
 */
export const test = base.extend<{ irsa: IrsaPage }>({
  irsa: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const consoleErrors: string[] = [];
    const foreignRequests: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(err.message));
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith('data:') && new URL(url).origin !== origin) foreignRequests.push(url);
    });
    await use(new IrsaPage(page));
    expect(consoleErrors, 'console errors').toEqual([]);
    expect(foreignRequests, 'requests that left the page origin').toEqual([]);
  },
});

export { expect };
