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
      // An attack that works ends in a warning, never in a plain success.
      await expect(irsa.status).toHaveText(
        entry.flag
          ? /^Step 6 of 6: The pod calls S3 with them ⚠ Succeeded, but /
          : /^Step 6 of 6: The pod calls S3 with them$/,
      );
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
  // The run stops: nothing is shown of the previous scenario, and no catalogue scenario is claimed.
  await expect(irsa.status).toHaveText(/^The run waits: /);
  const picker = page.getByRole('combobox', { name: 'Scenario' });
  await expect(picker).toHaveValue('custom');
  await expect(picker.locator('option:checked')).toHaveText('Custom (edited, invalid)');
  await irsa.timeline.getByRole('button', { name: /^Step 6:/ }).click();
  await expect(irsa.status).toHaveText(/^The run waits: /);

  const namespace = page.getByRole('textbox', { name: 'Namespace' });
  await account.fill('444455556666');
  await namespace.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('payments');
  await expect(picker.locator('option:checked')).toHaveText('Custom (edited)');
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

test('invalid policy JSON is said once with line and column, the run waits, and nothing typed is lost', async ({
  irsa,
  page,
}) => {
  await irsa.open('#scenario=sub-other-namespace&step=6&keys=demo');
  await expect(irsa.status).toHaveText(/^Step 4 of 6: .* failed: AccessDenied/);
  await page.getByRole('button', { name: 'Edit scenario' }).click();
  const trust = page.getByRole('textbox', { name: /^Trust policy/ });
  const broken = '{\n  "Version": "2012-10-17",\n  "Statement": [\n}';
  await trust.fill(broken);
  await expect(trust).toHaveAccessibleDescription("Line 4, column 1: Expected a value, found '}'.");
  await expect(page.getByText(/column 1: Expected a value/)).toHaveCount(1);
  await expect(irsa.status).toHaveText(/^The run waits: /);
  const picker = page.getByRole('combobox', { name: 'Scenario' });
  await expect(picker.locator('option:checked')).toHaveText('Custom (edited, invalid)');
  await expect(page.getByRole('region', { name: 'Custom scenario' })).toBeVisible();

  // Nothing runs on the previous policy, and closing the panel keeps what was typed.
  await irsa.timeline.getByRole('button', { name: /^Step 5:/ }).click();
  await expect(irsa.status).toHaveText(/^The run waits: /);
  await expect(trust).toHaveValue(broken);
  await page.getByRole('button', { name: 'Edit scenario' }).click();
  await expect(trust).toBeHidden();
  await page.getByRole('button', { name: 'Edit scenario' }).click();
  await expect(trust).toHaveValue(broken);

  // "Reset to generated" is there while the text is invalid, and brings the run back.
  await page.getByRole('button', { name: 'Reset to generated' }).first().click();
  await expect(trust).toHaveValue(/"Version": "2012-10-17"/);
  await expect(trust).not.toHaveAttribute('aria-invalid');
  // The step asked for while it waited (5) is where the run goes, on the generated policy.
  await expect(irsa.status).toHaveText(/^Step 5 of 6(?!.*(working|failed))/);
  await expect(picker).toHaveValue('custom');
  await expect(picker.locator('option:checked')).toHaveText('Custom (edited)');
});

test('a JSON value that is not a policy is named precisely, and the run waits on it too', async ({
  irsa,
  page,
}) => {
  await irsa.open('#step=4&keys=demo');
  await page.getByRole('button', { name: 'Edit scenario' }).click();
  const permission = page.getByRole('textbox', { name: /^Permission policy/ });
  await permission.fill(
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Alow", "Action": "s3:*", "Resource": "*"}]}',
  );
  await expect(permission).toHaveAccessibleDescription(/Effect.*"Alow"/);
  await expect(irsa.status).toHaveText(/^The run waits: /);
  // Undoing the edit by hand resumes the catalogue scenario it came from, at the step asked for.
  await page.getByRole('button', { name: 'Reset to generated' }).click();
  await expect(irsa.status).toHaveText(/^Step 4 of 6/);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('happy-path');
  await expect(permission).toHaveValue(/ListBuckets/);
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
  await expect(irsa.status).toContainText('Step 4 of 6');
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

test('the Kubernetes version select decides whether the token carries jti and the node', async ({
  irsa,
  page,
}) => {
  await irsa.open('#step=1&keys=demo');
  await irsa.showTab('All artifacts');
  await expect(irsa.artifact('token-payload')).toContainText('"jti"');
  await expect(irsa.artifact('token-payload')).toContainText('ip-192-168-12-34.us-west-2');
  await page.getByRole('button', { name: 'Edit scenario' }).click();
  const version = page.getByRole('combobox', { name: 'Kubernetes version' });
  await expect(version).toHaveValue('1.34');
  await version.selectOption('1.29');
  const picker = page.getByRole('combobox', { name: 'Scenario' });
  await expect(picker.locator('option:checked')).toHaveText('Custom (edited)');
  await irsa.timeline.getByRole('button', { name: /^Step 1:/ }).click();
  await irsa.showTab('All artifacts');
  await expect(irsa.artifact('token-payload')).not.toContainText('"jti"');
  await expect(irsa.artifact('token-payload')).not.toContainText('"node"');
});
