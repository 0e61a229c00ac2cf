import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the walkthrough: user-facing controls found by role and name. */
export class IrsaPage {
  readonly status: Locator;
  readonly next: Locator;
  readonly previous: Locator;
  readonly restart: Locator;
  readonly play: Locator;
  readonly pause: Locator;
  readonly speed: Locator;
  readonly timeline: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByRole('status');
    this.next = page.getByRole('button', { name: 'Next step' });
    this.previous = page.getByRole('button', { name: 'Previous step' });
    this.restart = page.getByRole('button', { name: 'Restart' });
    this.play = page.getByRole('button', { name: 'Play', exact: true });
    this.pause = page.getByRole('button', { name: 'Pause', exact: true });
    this.speed = page.getByRole('combobox', { name: 'Speed' });
    this.timeline = page.getByRole('navigation', { name: 'Steps' });
  }

  /** Open the app at a fragment (deterministic demo mode unless told otherwise). */
  async open(fragment = '#step=0&keys=demo'): Promise<void> {
    await this.page.goto(`./${fragment}`);
    await expect(this.status).not.toContainText('working');
  }

  /** Press Tab until `target` has focus (at most 40 times): how a keyboard user gets there. */
  async tabTo(target: Locator): Promise<void> {
    for (let i = 0; i < 40; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }

  /** The exact text of an artifact block, e.g. `s3-response` (in the "All artifacts" tab). */
  artifact(id: string): Locator {
    return this.page.locator(`pre[data-artifact="${id}"]`);
  }

  async artifactText(id: string): Promise<string> {
    await this.showTab('All artifacts');
    return (await this.artifact(id).textContent()) ?? '';
  }

  async showTab(name: string): Promise<void> {
    const tab = this.page.getByRole('tab', { name });
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  }

  check(id: string): Locator {
    return this.page
      .locator(`tr[data-check="${id}"], li[data-check="${id}"], [data-check="${id}"]`)
      .first();
  }
}
