import { expect, type Locator, type Page } from '@playwright/test';
import { EXERCISES } from '../src/content/exercises';

export { EXERCISES };

/** Page object for training (`#/train`): what a trainee sees, reached by keyboard. */
export class TrainPage {
  /** The verdict of the last check (a polite live region). */
  readonly verdict: Locator;
  /** Where the exercise's run stands, in words. */
  readonly runStatus: Locator;
  readonly title: Locator;

  constructor(readonly page: Page) {
    this.verdict = page.getByTestId('verdict');
    this.runStatus = page.getByTestId('run-status');
    this.title = page.getByRole('heading', { level: 1 });
  }

  /** Open an exercise with the room seed `demo`, its run settled (not "working…"). */
  async openExercise(id: string): Promise<void> {
    await this.page.goto(`./#/train/${id}?seed=demo`);
    await expect(this.page.locator(`article[data-exercise="${id}"]`)).toBeVisible();
    await expect(this.runStatus).toHaveText(/^(Step|Setup)(?![\s\S]*working)/);
  }

  /** Press Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would. */
  async tabTo(target: Locator, { back = false, max = 60 } = {}): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  /** Replace a field's text from the keyboard: select all, then type (paste) the new text. */
  async replaceText(field: Locator, text: string): Promise<void> {
    await this.tabTo(field);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(text);
    await expect(field).toHaveValue(text);
  }

  /** A radio of the exercise's question, by its label (a string matches it whole). */
  choice(label: string | RegExp): Locator {
    return this.page.getByRole('radio', { name: label, exact: typeof label === 'string' });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** The list's entry for an exercise (its link, kind and state). */
  entry(id: string): Locator {
    return this.page.locator(`li[data-exercise="${id}"]`);
  }
}
