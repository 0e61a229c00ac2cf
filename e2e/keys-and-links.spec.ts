import { expect, test } from './fixtures';

// A step shown and settled (not still working): the next key press acts on it.
const title = (n: number) => new RegExp(`^Step ${n} of 6(?!.*working)`);
const SUCCESS = 'Step 6 of 6: The pod calls S3 with them';

test.describe('step keys work wherever focus is', () => {
  test('after a click on an inspector tab: PageDown/PageUp, digits, Home and End walk; ← → move between tabs', async ({
    irsa,
    page,
  }) => {
    await irsa.open();
    const token = page.getByRole('tab', { name: 'Token' });
    await token.click();
    await expect(token).toBeFocused();

    await page.keyboard.press('PageDown');
    await expect(irsa.status).toHaveText(title(1));
    await page.keyboard.press('PageDown');
    await expect(irsa.status).toHaveText(title(2));
    await page.keyboard.press('PageUp');
    await expect(irsa.status).toHaveText(title(1));
    await page.keyboard.press('End');
    await expect(irsa.status).toHaveText(title(6));
    await page.keyboard.press('Home');
    await expect(irsa.status).toHaveText('Setup');
    await page.keyboard.press('3');
    await expect(irsa.status).toHaveText(title(3));

    // In the tab list, → and ← follow the tabs pattern and leave the walk where it is.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'HTTP' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tab', { name: 'HTTP' })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(token).toHaveAttribute('aria-selected', 'true');
    await expect(irsa.status).toHaveText(title(3));
  });

  test('after a click on a button or the diagram, arrows and Page keys walk; Space still presses the button', async ({
    irsa,
    page,
  }) => {
    await irsa.open();
    await irsa.next.click();
    await expect(irsa.status).toHaveText(title(1));
    await expect(irsa.next).toBeFocused();
    await page.keyboard.press('PageDown');
    await expect(irsa.status).toHaveText(title(2));
    await page.keyboard.press('ArrowRight');
    await expect(irsa.status).toHaveText(title(3));
    // Space on the focused "Next step" button is a press of that button, not Play.
    await page.keyboard.press(' ');
    await expect(irsa.status).toHaveText(title(4));
    await expect(irsa.play).toBeVisible();

    await page.locator('figure svg[role="img"]').first().click();
    await page.keyboard.press('PageUp');
    await expect(irsa.status).toHaveText(title(3));
    await page.keyboard.press('ArrowLeft');
    await expect(irsa.status).toHaveText(title(2));
    await page.keyboard.press('0');
    await expect(irsa.status).toHaveText('Setup');
  });

  test('in a drop-down, ← → and the Page keys walk without changing it; ↑ ↓ change it', async ({
    irsa,
    page,
  }) => {
    await irsa.open();
    await expect(irsa.speed).toHaveValue('1');
    await irsa.speed.focus();
    await page.keyboard.press('ArrowRight');
    await expect(irsa.status).toHaveText(title(1));
    await page.keyboard.press('PageDown');
    await expect(irsa.status).toHaveText(title(2));
    await page.keyboard.press('ArrowLeft');
    await expect(irsa.status).toHaveText(title(1));
    await expect(irsa.speed).toHaveValue('1');
    await page.keyboard.press('ArrowDown');
    await expect(irsa.speed).toHaveValue('2');
    await expect(irsa.status).toHaveText(title(1));

    const picker = page.getByRole('combobox', { name: 'Scenario' });
    await picker.focus();
    await page.keyboard.press('PageDown');
    await expect(irsa.status).toHaveText(title(2));
    await expect(picker).toHaveValue('happy-path');
  });

  test('keys never fire while typing in a field or in the open shortcuts list', async ({
    irsa,
    page,
  }) => {
    await irsa.open();
    await page.getByRole('button', { name: 'Edit scenario' }).click();
    const pod = page.getByRole('textbox', { name: 'Pod name' });
    await pod.click();
    for (const key of ['PageDown', 'ArrowRight', 'End', '4', 'Home', '2'])
      await page.keyboard.press(key);
    await expect(pod).toHaveValue('2my-app4');
    // Had a key walked, Next would not land on step 1.
    await irsa.next.click();
    await expect(irsa.status).toHaveText(title(1));

    await irsa.timeline.getByRole('button', { name: 'Setup' }).click();
    await expect(irsa.status).toHaveText('Setup');
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('row', { name: /PageDown/ })).toContainText('Next step');
    await expect(dialog.getByRole('row', { name: /PageUp/ })).toContainText('Previous step');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('5');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('PageDown');
    await expect(irsa.status).toHaveText(title(1));
  });
});

test.describe('links keep the scenario, its fix and the step', () => {
  test('"Apply the fix" keeps the scenario in the URL; a reload shows the same fixed run; Back undoes it', async ({
    irsa,
    page,
  }) => {
    await irsa.open('#scenario=sub-other-namespace&step=6&keys=demo');
    await expect(irsa.status).toHaveText(/^Step 4 of 6: .* failed: AccessDenied/);
    await page.getByRole('button', { name: 'Apply the fix' }).click();
    await expect(irsa.status).toHaveText(SUCCESS);
    await expect(page).toHaveURL(/#scenario=sub-other-namespace&fix=1&step=6&keys=demo$/);

    await page.reload();
    await expect(irsa.status).toHaveText(SUCCESS);
    const card = page.getByRole('region', { name: /Trust policy names another namespace/ });
    await expect(card).toContainText('(fix applied)');
    await expect(page.getByRole('button', { name: 'Break it again' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue(
      'sub-other-namespace',
    );
    await expect(page).toHaveURL(/#scenario=sub-other-namespace&fix=1&step=6&keys=demo$/);

    await page.goBack();
    await expect(irsa.status).toHaveText(/^Step 4 of 6: .* failed: AccessDenied/);
    await expect(page.getByRole('button', { name: 'Apply the fix' })).toBeVisible();
  });

  test('a shared link to a fixed scenario opens fixed; "Break it again" shows the break at its step', async ({
    irsa,
    page,
  }) => {
    await irsa.open('#scenario=expired-token&fix=1&step=6&keys=demo');
    await expect(irsa.status).toHaveText(SUCCESS);
    await expect(page.getByRole('region', { name: /Expired token/ })).toContainText(
      '(fix applied)',
    );
    await page.getByRole('button', { name: 'Break it again' }).click();
    await expect(irsa.status).toContainText('failed: ExpiredTokenException');
    await expect(page).toHaveURL(/#scenario=expired-token&step=\d&keys=demo$/);
  });

  test('a deep link to a scenario and a choice in the picker both open at Setup', async ({
    irsa,
    page,
  }) => {
    await irsa.open('#scenario=no-oidc-provider&keys=demo');
    await expect(irsa.status).toHaveText('Setup');
    await irsa.timeline.getByRole('button', { name: /^Step 2:/ }).click();
    await expect(irsa.status).toHaveText(title(2));

    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('expired-token');
    await expect(irsa.status).toHaveText('Setup');
    await expect(page).toHaveURL(/#scenario=expired-token&step=0&keys=demo$/);
    await page.keyboard.press('PageDown');
    await expect(irsa.status).toHaveText(title(1));
  });
});
