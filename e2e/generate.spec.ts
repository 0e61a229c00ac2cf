import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * `#/generate`: the setup that makes a scenario's names work, from the explore page's "Generate
 * setup" link, shown only after the engine has run its policies; invalid names get their rule.
 */

const EVALUATED = 'Evaluated by the engine: the pod lists its buckets with these policies.';
const SECTIONS = ['eksctl', 'AWS CLI', 'Kubernetes YAML', 'Terraform'];

test('from a catalogue scenario to its setup, evaluated, editable, copyable', async ({ irsa }) => {
  const { page } = irsa;
  await page.goto('./#scenario=sub-other-namespace&step=0&keys=demo');
  const link = page.getByRole('link', { name: 'Generate setup' });
  await expect(link).toHaveAttribute('href', '#/generate?scenario=sub-other-namespace&keys=demo');
  await link.click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Generate your setup');
  await expect(page.getByText('Trust policy names another namespace')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: EVALUATED })).toBeVisible();
  const sections = page.locator('section[data-setup]');
  await expect(sections.getByRole('heading', { level: 3 })).toHaveText(SECTIONS);
  // The scenario's names, in every section.
  for (const name of ['my-service-account', 's3-reader']) {
    for (let i = 0; i < SECTIONS.length; i++)
      await expect(sections.nth(i).locator('pre')).toContainText(name);
  }
  await expect(sections.nth(2).locator('pre')).toContainText(
    'eks.amazonaws.com/role-arn: arn:aws:iam::111122223333:role/s3-reader',
  );
  await expectNoAxeViolations(page, 'generate page');

  // A new name: the engine runs again and every section carries it.
  await page.getByLabel('Namespace').fill('payments');
  await expect(page.getByRole('status').filter({ hasText: EVALUATED })).toBeVisible();
  await expect(sections.nth(1).locator('pre')).toContainText(
    'system:serviceaccount:payments:my-service-account',
  );
  await expect(sections.nth(3).locator('pre')).toContainText('namespace = "payments"');

  // An invalid one: its rule at the field, and nothing generated.
  const namespace = page.getByLabel('Namespace');
  await namespace.fill('Payments');
  await expect(namespace).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('DNS-1123 label');
  await expect(page.getByText('Nothing is generated from invalid names')).toBeVisible();
  await expect(sections).toHaveCount(0);
  await expectNoAxeViolations(page, 'generate page with an invalid name');

  await namespace.fill('payments');
  await expect(page.getByRole('status').filter({ hasText: EVALUATED })).toBeVisible();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy Terraform' }).click();
  await expect(sections.nth(3).getByText('Copied')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Kubernetes YAML as my-app.yaml' }).click();
  expect((await download).suggestedFilename()).toBe('my-app.yaml');
});

test('EKS Pod Identity: the association, no annotation, and the link keeps the flow', async ({
  irsa,
}) => {
  const { page } = irsa;
  await page.goto('./#/generate?keys=demo');
  await expect(page.getByRole('status').filter({ hasText: EVALUATED })).toBeVisible();
  await page.getByRole('radio', { name: 'EKS Pod Identity' }).check();
  await expect(page).toHaveURL(/#\/generate\?flow=pod-identity&keys=demo$/);
  await expect(page.getByLabel('Cluster OIDC id')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: EVALUATED })).toBeVisible();
  const sections = page.locator('section[data-setup]');
  await expect(sections.nth(0).locator('pre')).toContainText(
    'eksctl create podidentityassociation',
  );
  await expect(sections.nth(1).locator('pre')).toContainText(
    'aws eks create-pod-identity-association',
  );
  await expect(sections.nth(1).locator('pre')).toContainText('"Service": "pods.eks.amazonaws.com"');
  await expect(sections.nth(2).locator('pre')).not.toContainText('eks.amazonaws.com/role-arn');
  await expect(sections.nth(3).locator('pre')).toContainText(
    'resource "aws_eks_pod_identity_association" "app"',
  );
  await expectNoAxeViolations(page, 'generate page, Pod Identity');
});
