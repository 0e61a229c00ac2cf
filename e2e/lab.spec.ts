import AxeBuilder from '@axe-core/playwright';
import { CATALOGUE } from '../src/content/scenarios';
import { fillPlaceholders, placeholderValues, scenarioFor } from '../src/machine/scenarios';
import { expect, test } from './fixtures';

for (const entry of CATALOGUE) {
  test(`scenario "${entry.id}" ends at step ${entry.expected.step} with AWS's words`, async ({
    irsa,
    page,
  }) => {
    await irsa.open(`#scenario=${entry.id}&step=6&keys=demo`);
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue(entry.id);
    const step = `Step ${entry.expected.step} of 6`;
    if (entry.expected.awsCode === null) {
      await expect(irsa.status).toHaveText(/^Step 6 of 6: The pod calls S3 with them$/);
    } else {
      const message = fillPlaceholders(
        entry.expected.message ?? '',
        placeholderValues(scenarioFor(entry.changes)),
      );
      await expect(irsa.status).toContainText(step);
      await expect(irsa.status).toContainText(`failed: ${entry.expected.awsCode}: ${message}`);
    }
    if (entry.flag)
      await expect(page.getByRole('list', { name: 'Trust policy findings' })).toContainText(
        'no condition on',
      );
  });
}

test('"Apply the fix" turns every failing scenario into a successful run', async ({
  irsa,
  page,
}) => {
  test.setTimeout(120_000);
  for (const entry of CATALOGUE.filter((e) => e.expected.awsCode !== null)) {
    await irsa.open(`#scenario=${entry.id}&step=6&keys=demo`);
    await expect(irsa.status, entry.id).toContainText('failed');
    await page.getByRole('button', { name: 'Apply the fix' }).click();
    await expect(irsa.status, entry.id).toHaveText('Step 6 of 6: The pod calls S3 with them');
    await page.goto('about:blank');
  }
});

test('an invalid field gets a message naming the rule, keeps what was typed, and the run waits', async ({
  irsa,
  page,
}) => {
  await irsa.open('#step=6&keys=demo');
  await page.getByRole('button', { name: 'Edit scenario' }).click();
  const account = page.getByRole('textbox', { name: 'Account ID' });
  await account.fill('11112222333x');
  await expect(account).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('An AWS account ID is exactly 12 digits.')).toBeVisible();
  await expect(account).toHaveValue('11112222333x');
  await expect(irsa.status).toHaveText(/^Step 6 of 6/);

  const namespace = page.getByRole('textbox', { name: 'Namespace' });
  await account.fill('444455556666');
  await namespace.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('payments');
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('custom');
  await expect(irsa.status).toHaveText(/^Step 6 of 6/);
  await irsa.timeline.getByRole('button', { name: /^Step 1:/ }).click();
  await irsa.showTab('All artifacts');
  await expect(irsa.artifact('sts-request')).toContainText(
    'arn%3Aaws%3Aiam%3A%3A444455556666%3Arole',
  );
  await expect(irsa.artifact('token-payload')).toContainText(
    'system:serviceaccount:payments:my-service-account',
  );
});

test('the trust policy editor reports invalid JSON with line and column, and a policy error precisely', async ({
  irsa,
  page,
}) => {
  await irsa.open('#step=4&keys=demo');
  await page.getByRole('button', { name: 'Edit scenario' }).click();
  const trust = page.getByRole('textbox', { name: /^Trust policy/ });
  await trust.fill('{\n  "Version": "2012-10-17",\n  "Statement": [\n}');
  await expect(trust).toHaveAccessibleDescription(/^Line 4, column 1: /);
  await trust.fill(
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Alow", "Principal": "*", "Action": "sts:AssumeRoleWithWebIdentity"}]}',
  );
  await expect(trust).toHaveAccessibleDescription(/Effect.*"Alow"/);
  await expect(irsa.status).toHaveText(/^Step 4 of 6/);
});

test('editing the trust policy re-runs the flow, and "Reset to generated" restores it', async ({
  irsa,
  page,
}) => {
  await irsa.open('#step=6&keys=demo');
  await page.getByRole('button', { name: 'Edit scenario' }).click();
  const trust = page.getByRole('textbox', { name: /^Trust policy/ });
  const generated = await trust.inputValue();
  await trust.fill(generated.replace('my-service-account', 'someone-else'));
  await expect(irsa.status).toContainText('Step 4 of 6', { timeout: 10_000 });
  await expect(irsa.status).toContainText('AccessDenied');
  await page.getByRole('button', { name: 'Reset to generated' }).first().click();
  await expect(irsa.status).toHaveText(/^Step 6 of 6: The pod calls S3 with them$/);
});

test('axe finds no violation in the lab with the editor open', async ({ irsa, page }) => {
  await irsa.open('#scenario=no-oidc-provider&step=6&keys=demo');
  await page.getByRole('button', { name: 'Edit scenario' }).click();
  await expect(page.getByRole('textbox', { name: 'Account ID' })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
