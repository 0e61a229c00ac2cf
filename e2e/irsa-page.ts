import { expect, type Locator, type Page } from '@playwright/test';

/** A status that is rendered and settled: not empty, not "working…". */
const SETTLED = /^(?![\s\S]*working)\S/;

/** Step `n` shown and settled (passed or failed): the next key press or click acts on it. */
export const stepTitle = (n: number) => new RegExp(`^Step ${n} of 6(?!.*working)`);

/** The status at the end of the walk when every step passes. */
export const STEP_6 = 'Step 6 of 6: The pod calls S3 with them';

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

  /**
   * Open the app at a fragment (deterministic demo mode unless told otherwise) and wait until it
   * shows a settled status: rendered, and not "working…" (a missing status would pass a `not`).
   */
  async open(fragment = '#step=0&keys=demo'): Promise<void> {
    await this.page.goto(`./${fragment}`);
    await expect(this.status).toHaveText(SETTLED);
  }

  /** Wait until the status shows step `n` (0 is Setup) done computing, passed or failed. */
  async expectStep(n: number): Promise<void> {
    await expect(this.status).toHaveText(n === 0 ? /^Setup$/ : stepTitle(n));
  }

  /** From Setup, Next through the six steps: S3 answers `200 OK` to the pod's signed call. */
  async walkToStep6(): Promise<void> {
    for (let step = 1; step <= 6; step++) {
      await this.next.click();
      await this.expectStep(step);
    }
    await expect(this.status).toHaveText(STEP_6);
    expect(await this.artifactText('s3-response')).toContain('HTTP/1.1 200 OK');
  }

  /**
   * Wait until the diagram is at rest: every check chip and failure line fully faded in, and no
   * chip moved between two animation frames. What a reader sees once the step has played.
   */
  async diagramAtRest(): Promise<void> {
    await expect
      .poll(() =>
        this.page.evaluate(async () => {
          const svg = document.querySelector('figure svg');
          if (!svg) return false;
          const faded = [...svg.querySelectorAll('[data-check-state], [data-label="failure"]')];
          if (faded.some((el) => getComputedStyle(el).opacity !== '1')) return false;
          const chips = () =>
            [...svg.querySelectorAll('[data-chip]')]
              .map((el) => el.getBoundingClientRect().x)
              .join();
          const before = chips();
          await new Promise((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(resolve)),
          );
          return chips() === before;
        }),
      )
      .toBe(true);
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

  /** "Find by error message": the field, on `#/find` or opened from the explore page's header. */
  findField(): Locator {
    return this.page.getByRole('textbox', { name: 'Find by error message' });
  }

  /** The scenarios found for the pasted error, best first. */
  findResults(): Locator {
    return this.page
      .getByRole('list', { name: 'Scenarios that produce this error' })
      .getByRole('listitem');
  }

  check(id: string): Locator {
    return this.page
      .locator(`tr[data-check="${id}"], li[data-check="${id}"], [data-check="${id}"]`)
      .first();
  }
}
