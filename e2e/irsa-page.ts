import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the walkthrough: user-facing controls found by role and name. */
export class IrsaPage {
  readonly status: Locator;
  readonly next: Locator;
  readonly previous: Locator;
  readonly restart: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByRole('status');
    this.next = page.getByRole('button', { name: 'Next step' });
    this.previous = page.getByRole('button', { name: 'Previous step' });
    this.restart = page.getByRole('button', { name: 'Restart' });
  }

  /** Open the app at a fragment (deterministic demo mode unless told otherwise). */
  async open(fragment = '#step=0&keys=demo'): Promise<void> {
    await this.page.goto(`./${fragment}`);
    await expect(this.status).not.toContainText('working');
  }

  /** The exact text of an artifact block, e.g. `s3-response`. */
  artifact(id: string): Locator {
    return this.page.locator(`pre[data-artifact="${id}"]`);
  }

  async artifactText(id: string): Promise<string> {
    return (await this.artifact(id).textContent()) ?? '';
  }

  check(id: string): Locator {
    return this.page.locator(`tr[data-check="${id}"]`);
  }
}
