import {
  DESCRIBE_CLUSTER_JSON,
  DiagnosePage,
  GET_ROLE_JSON,
  POD_YAML,
  SERVICE_ACCOUNT_YAML,
} from './diagnose-page';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * `#/diagnose`: an engineer's own objects, pasted as `kubectl` and `aws` print them, run by the
 * engine: the step that fails with AWS's words and the fix in their names; the fix pasted back
 * succeeds; a paste in the wrong field gets its message there. Nothing pasted reaches the URL
 * (and the fixture fails any request leaving the page).
 */

const FAILS_AT_4 = /^✕ Fails at step 4 of 6: IAM answers STS: trust policy evaluated$/;
const SUCCESS = '✓ Every step passed: the pod lists its buckets';

test('a broken set fails at step 4; the fix, pasted back, succeeds; nothing goes in the URL', async ({
  irsa,
}) => {
  const { page } = irsa;
  const diagnose = new DiagnosePage(page);
  await diagnose.open();
  await diagnose.paste('ServiceAccount', SERVICE_ACCOUNT_YAML);
  await diagnose.paste('Role', GET_ROLE_JSON);
  await diagnose.paste('Cluster', DESCRIBE_CLUSTER_JSON);
  await diagnose.run();

  const verdict = diagnose.verdict;
  await expect(verdict.getByRole('heading')).toHaveText(FAILS_AT_4);
  await expect(verdict.locator('[data-aws-code]')).toHaveText('AccessDenied');
  await expect(verdict.locator('[data-aws-message]')).toContainText(
    'Not authorized to perform sts:AssumeRoleWithWebIdentity',
  );
  // Focus goes to the verdict, so it is read first.
  await expect(verdict.getByRole('heading')).toBeFocused();
  const fixes = page.getByRole('region', { name: 'How to fix it' });
  await expect(fixes).toContainText('system:serviceaccount:payments:api');
  await expect(page.getByRole('region', { name: 'What the page read' })).toContainText('Role');
  await expect(page.getByRole('region', { name: 'What the page assumed' })).toBeVisible();

  // The URL names the page and the seed, never what was pasted.
  expect(page.url()).toMatch(/#\/diagnose\?seed=demo$/);
  for (const pasted of ['payments-api', '111122223333', '5E1D2A3C4B6F7089A1B2C3D4E5F60718', 'api'])
    expect(decodeURIComponent(new URL(page.url()).hash)).not.toContain(pasted);

  // Apply the fix: the fixed trust policy from the fix's own code block, in place of get-role.
  const policy = fixes
    .locator('pre[data-language="json"]')
    .filter({ hasText: 'system:serviceaccount:payments:api' })
    .first();
  const fixedTrustPolicy = await policy.innerText();
  expect(JSON.parse(fixedTrustPolicy)).toHaveProperty('Statement');
  await fixes.getByRole('button', { name: 'paste the Role again' }).first().click();
  await expect(diagnose.field('Role')).toBeFocused();
  await diagnose.field('Role').fill(fixedTrustPolicy);
  await expect(page.getByText('You changed the pastes since this run')).toBeVisible();
  await diagnose.run();
  await expect(verdict.getByRole('heading')).toHaveText(SUCCESS);
  await expect(fixes).toHaveCount(0);
  expect(decodeURIComponent(new URL(page.url()).hash)).not.toContain('payments');
});

test('a pod pasted as the ServiceAccount gets its message at the field, and no verdict', async ({
  irsa,
}) => {
  const { page } = irsa;
  const diagnose = new DiagnosePage(page);
  await diagnose.open();
  const serviceAccount = diagnose.field('ServiceAccount');
  await serviceAccount.fill(POD_YAML);
  // Ctrl+Enter in a field runs it, as the button does.
  await serviceAccount.press('Control+Enter');

  await expect(serviceAccount).toHaveAttribute('aria-invalid', 'true');
  await expect(serviceAccount).toHaveAccessibleDescription(/Pod/);
  const alert = page.locator('[data-paste-field="serviceAccount"]').getByRole('alert');
  await expect(alert).toContainText('Pod');
  await expect(serviceAccount).toBeFocused();
  await expect(diagnose.verdict).toHaveCount(0);
  await expect(page.getByText('Nothing was run')).toBeVisible();
  await expectNoAxeViolations(page, 'a paste in the wrong field');

  // The message is about that text: it goes once the text is replaced, and Clear all empties all.
  await serviceAccount.fill(SERVICE_ACCOUNT_YAML);
  await expect(serviceAccount).not.toHaveAttribute('aria-invalid', 'true');
  await diagnose.clearAll.click();
  await expect(serviceAccount).toHaveValue('');
});

test('the pasted texts stay while the app goes to another page and back', async ({ irsa }) => {
  const { page } = irsa;
  const diagnose = new DiagnosePage(page);
  await diagnose.open();
  await diagnose.paste('ServiceAccount', SERVICE_ACCOUNT_YAML);
  await page.getByRole('banner').getByRole('link', { name: 'Train' }).click();
  await expect(page).toHaveURL(/#\/train/);
  await page.getByRole('banner').getByRole('link', { name: 'Diagnose' }).click();
  await expect(page).toHaveURL(/#\/diagnose\?keys=demo$/);
  await expect(diagnose.field('ServiceAccount')).toHaveValue(SERVICE_ACCOUNT_YAML);
});

test('EKS Pod Identity shows the association field; IRSA hides it; the link keeps the flow', async ({
  irsa,
}) => {
  const { page } = irsa;
  const diagnose = new DiagnosePage(page);
  await diagnose.open();
  const association = diagnose.field('Pod Identity association');
  await expect(association).toHaveCount(0);
  await page.getByRole('radio', { name: 'EKS Pod Identity' }).check();
  await expect(page).toHaveURL(/#\/diagnose\?flow=pod-identity&keys=demo$/);
  await expect(association).toBeVisible();
  await expect(association).toHaveAccessibleDescription(
    /aws eks describe-pod-identity-association --cluster-name CLUSTER --association-id ID/,
  );
  await expect(diagnose.field('Token')).toHaveAccessibleDescription(/eks-pod-identity-token/);
  await page.getByRole('radio', { name: /^IRSA/ }).check();
  await expect(page).toHaveURL(/#\/diagnose\?keys=demo$/);
  await expect(association).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.1 AA violation with a diagnosis shown (${theme})`, async ({ irsa }) => {
    const { page } = irsa;
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    const diagnose = new DiagnosePage(page);
    await diagnose.open();
    await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
    await expectNoAxeViolations(page, `empty page (${theme})`);
    await diagnose.paste('ServiceAccount', SERVICE_ACCOUNT_YAML);
    await diagnose.paste('Role', GET_ROLE_JSON);
    await diagnose.paste('Cluster', DESCRIBE_CLUSTER_JSON);
    await diagnose.paste(
      'Error message',
      'An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    );
    await diagnose.run();
    await expect(diagnose.verdict.getByRole('heading')).toHaveText(FAILS_AT_4);
    await expect(page.getByRole('region', { name: 'Your error message' })).toBeVisible();
    await expectNoAxeViolations(page, `diagnosis (${theme})`);
  });
}
