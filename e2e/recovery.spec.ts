import type { Page } from '@playwright/test';
import { RFC7515_A2_JWKS, RFC7515_A2_TOKEN } from '../src/sim/token-check/rfc7515-example';
import { expect, test } from './fixtures';

/**
 * Recovery: stored values the app cannot use (hand-edited, another version's, a storage that
 * refuses access) fall back to the defaults without breaking any page; an exception inside a
 * view shows "This view stopped working" under the header, and both ways back bring the view
 * back with what the user typed.
 */

/** Values the app never writes, one per key it keeps (lib/app-storage.ts). */
const CORRUPTED = {
  'irsa.dark-theme': '{"dark":true',
  'irsa.reduce-motion': 'null',
  'irsa.cold-open-dismissed': '[object Object]',
  'irsa.training-progress': '{"schema":2,"exercises":[]}',
};

/** Writes `values` before any of the page's scripts run, once per tab (a reload keeps what the app made of them). */
async function seedStorage(page: Page, values: Record<string, string>) {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('test.storage-seeded')) return;
    sessionStorage.setItem('test.storage-seeded', '1');
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, Object.entries(values));
}

const banner = (page: Page) => page.getByRole('banner');
const homeLink = (page: Page) => banner(page).getByRole('link', { name: 'IRSA Visualizer' });

/** Each page with a header, and the heading that says it rendered. */
const PAGES = [
  ['#/check', 'Check a token'],
  ['#/find', 'Which scenario gives this error?'],
  ['#/generate', 'Generate your setup'],
  ['#/diagnose', 'Diagnose your setup'],
  ['#/train', 'Training'],
] as const;

test('corrupted stored values: every page renders with the defaults, and lost progress is said', async ({
  irsa,
  page,
}) => {
  await seedStorage(page, CORRUPTED);
  await irsa.open();
  await expect(homeLink(page)).toBeVisible();
  // Not a choice the switches made: the system setting (light, motion allowed) applies.
  await expect(page.getByRole('switch', { name: 'Dark theme' })).toHaveAttribute(
    'aria-checked',
    'false',
  );
  await expect(page.getByRole('switch', { name: 'Reduce motion' })).toHaveAttribute(
    'aria-checked',
    'false',
  );
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  // "Dismissed" only when the app wrote it: the introduction is shown.
  await expect(
    page.getByRole('region', { name: 'How does a pod get AWS credentials?' }),
  ).toBeVisible();

  for (const [fragment, heading] of PAGES) {
    await page.goto(`./${fragment}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(homeLink(page)).toBeVisible();
  }
  // Training progress matters to the user: the reset is said, with why.
  await expect(page.getByRole('alert').filter({ hasText: 'Saved training progress' })).toHaveText(
    /Saved training progress could not be read \(no exercises in it\); it was reset\./,
  );

  // The switches work again and write values the app can read.
  await page.getByRole('switch', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  expect(await page.evaluate(() => localStorage.getItem('irsa.dark-theme'))).toBe('true');
});

test('a storage that refuses access (as in some private windows): pages work, choices last for the tab', async ({
  irsa,
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await irsa.open();
  await expect(homeLink(page)).toBeVisible();
  await page.getByRole('switch', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);

  await page.goto('./#/train');
  await expect(page.getByRole('heading', { level: 1, name: 'Training' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'training progress' })).toContainText(
    'This browser does not let the page keep data',
  );
  // The choice made on this page holds on the other pages of the tab.
  await expect(page.getByRole('switch', { name: 'Dark theme' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
});

test.describe('an exception inside a view', () => {
  const BROKEN = 'recovery test: the decoded token header cannot be shown';
  // React logs the error its boundary caught: that one, and only that one, is expected.
  test.use({ allowConsoleErrors: [new RegExp(BROKEN)] });

  /**
   * Arms a fault in a browser API the checker's report calls while rendering: it pretty-prints
   * the decoded header (`JSON.stringify(header, null, 2)`). Nothing else pretty-prints an object
   * with `alg` while the fault is armed, and it stays armed until `repair`.
   */
  async function installFault(page: Page) {
    await page.addInitScript((message) => {
      const stringify = JSON.stringify.bind(JSON) as (...args: unknown[]) => string;
      const fault = { armed: false };
      Object.assign(window, { recoveryTestFault: fault });
      JSON.stringify = ((value: unknown, replacer?: unknown, space?: unknown) => {
        if (fault.armed && space === 2 && typeof value === 'object' && value && 'alg' in value)
          throw new Error(message);
        return stringify(value, replacer, space);
      }) as typeof JSON.stringify;
    }, BROKEN);
  }
  const setFault = (page: Page, armed: boolean) =>
    page.evaluate((on) => {
      (window as unknown as { recoveryTestFault: { armed: boolean } }).recoveryTestFault.armed = on;
    }, armed);

  const JWKS = JSON.stringify(RFC7515_A2_JWKS);
  const TRUST = '{"Version":"2012-10-17","Statement":[]}';

  /** Types a token and its keys, then breaks the report as the trust policy is typed. */
  async function typeThenBreak(page: Page) {
    await page.goto('./#/check');
    await page.getByRole('textbox', { name: 'Token' }).fill(RFC7515_A2_TOKEN);
    await page.getByRole('textbox', { name: /^JWKS/ }).fill(JWKS);
    await expect(page.locator('[data-artifact="decoded-header"]')).toContainText('"RS256"');
    await setFault(page, true);
    await page.getByRole('textbox', { name: /^Trust policy/ }).fill(TRUST);
    await expect(
      page.getByRole('heading', { level: 1, name: 'This view stopped working' }),
    ).toBeFocused();
  }

  async function expectTypedTextBack(page: Page) {
    await expect(page.getByRole('heading', { level: 1, name: 'Check a token' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Token' })).toHaveValue(RFC7515_A2_TOKEN);
    await expect(page.getByRole('textbox', { name: /^JWKS/ })).toHaveValue(JWKS);
    await expect(page.getByRole('textbox', { name: /^Trust policy/ })).toHaveValue(TRUST);
    // The view works again: the report of that input is shown.
    await expect(page.locator('[data-artifact="decoded-header"]')).toContainText('"RS256"');
  }

  test('shows the recovery message under the header; "Try again" brings the view back with what was typed', async ({
    irsa,
    page,
  }) => {
    await installFault(page);
    await typeThenBreak(page);
    const main = page.getByRole('main');
    await expect(main).toContainText(
      'Something went wrong inside the app while it was showing this page',
    );
    await expect(homeLink(page)).toBeVisible();
    await expect(banner(page).getByRole('link', { name: 'Check a token' })).toBeVisible();

    // The details, for a bug report: the error's own message, and a way to copy them.
    await main.getByText('Error details, for a bug report').click();
    await expect(main.getByText(`Error: ${BROKEN}`, { exact: true })).toBeVisible();
    await expect(main.getByRole('button', { name: 'Copy details' })).toBeVisible();

    await setFault(page, false);
    await main.getByRole('button', { name: 'Try again', exact: true }).click();
    await expectTypedTextBack(page);
    await expect(irsa.page.getByText('This view stopped working')).toHaveCount(0);
  });

  test('"Reset saved settings and try again" forgets only the app’s stored values and keeps what was typed', async ({
    page,
    irsa,
  }) => {
    await seedStorage(page, { 'irsa.dark-theme': 'true', 'another-app.setting': 'kept' });
    await installFault(page);
    await typeThenBreak(page);
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);

    await setFault(page, false);
    await page.getByRole('button', { name: 'Reset saved settings and try again' }).click();
    await expectTypedTextBack(irsa.page);
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved settings were reset' }),
    ).toBeVisible();
    // The theme follows the system again at once, without a reload.
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    await expect(page.getByRole('switch', { name: 'Dark theme' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
    expect(
      await page.evaluate(() => [
        localStorage.getItem('irsa.dark-theme'),
        localStorage.getItem('another-app.setting'),
      ]),
    ).toEqual([null, 'kept']);

    // Going elsewhere clears the note; the typed text is still there on coming back.
    await page.getByRole('banner').getByRole('link', { name: 'Diagnose' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Diagnose your setup' }),
    ).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('textbox', { name: 'Token' })).toHaveValue(RFC7515_A2_TOKEN);
    await expect(page.getByText('Saved settings were reset')).toHaveCount(0);
  });
});

test.describe('an exception on the explore page', () => {
  const BROKEN = 'recovery test: the edited scenario cannot be compared';
  test.use({ allowConsoleErrors: [new RegExp(BROKEN)] });
  /** An account id no catalogue scenario has: the fault fires only on the draft that holds it. */
  const TYPED = '12345';

  test('the recovery message keeps the header; after "Try again" the editor still holds the typed value', async ({
    irsa,
    page,
  }) => {
    // The lab compares its draft with the scenario in force on every render
    // (`JSON.stringify(draft)`): make that fail for the draft holding the typed account id.
    await page.addInitScript(
      ([message, typed]) => {
        const stringify = JSON.stringify.bind(JSON) as (...args: unknown[]) => string;
        const fault = { armed: true };
        Object.assign(window, { recoveryTestFault: fault });
        JSON.stringify = ((value: unknown, replacer?: unknown, space?: unknown) => {
          if (
            fault.armed &&
            typeof value === 'object' &&
            value &&
            (value as { accountId?: unknown }).accountId === typed
          )
            throw new Error(message);
          return stringify(value, replacer, space);
        }) as typeof JSON.stringify;
      },
      [BROKEN, TYPED],
    );
    await irsa.open();
    await page.getByRole('button', { name: 'Edit scenario' }).click();
    await page.getByRole('textbox', { name: 'Account ID' }).fill(TYPED);

    await expect(
      page.getByRole('heading', { level: 1, name: 'This view stopped working' }),
    ).toBeFocused();
    await expect(homeLink(page)).toBeVisible();
    await expect(page.getByRole('switch', { name: 'Dark theme' })).toBeVisible();

    await page.evaluate(() => {
      (window as unknown as { recoveryTestFault: { armed: boolean } }).recoveryTestFault.armed =
        false;
    });
    await page.getByRole('button', { name: 'Try again', exact: true }).click();
    await expect(irsa.status).toBeVisible();
    await page.getByRole('button', { name: 'Edit scenario' }).click();
    const account = page.getByRole('textbox', { name: 'Account ID' });
    await expect(account).toHaveValue(TYPED);
    await expect(account).toHaveAttribute('aria-invalid', 'true');
    // The invalid edit is in force again: the run waits on it, as before the failure.
    await expect(irsa.status).toHaveText(/^The run waits: /);
  });
});
