import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const ISSUER = 'https://oidc.eks.eu-central-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90';
/** What a Go v1 SDK prints when the role's account has no IAM OIDC provider for the cluster. */
const GO_NO_PROVIDER = `WebIdentityErr: failed to retrieve credentials
caused by: InvalidIdentityToken: No OpenIDConnect provider found in your account for ${ISSUER}
	status code: 400, request id: c9a1b2d3-4e5f-4a6b-8c7d-9e0f1a2b3c4d`;
const NODE_ROLE_DENIED =
  'An error occurred (AccessDenied) when calling the ListBuckets operation: User: arn:aws:sts::123456789012:assumed-role/eksctl-prod-NodeInstanceRole-1X2Y3Z/i-0a1b2c3d4e5f67890 is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action';

test('#/find ranks the scenario first with its cause; its link opens it at the failing step', async ({
  irsa,
  page,
}) => {
  await page.goto('./#/find');
  const field = irsa.findField();
  await expect(field).toBeFocused();
  await field.fill(GO_NO_PROVIDER);

  await expect(page.getByText(/^\d+ scenarios produce this error, best first\.$/)).toBeVisible();
  const first = irsa.findResults().first();
  await expect(first).toContainText('No IAM OIDC provider for the cluster');
  await expect(first).toContainText('InvalidIdentityToken, breaks at step 2');
  await expect(first).toContainText(
    "STS looks up the token's issuer among the IAM OIDC identity providers of the role's account.",
  );
  await first.getByRole('link', { name: /^Open at step 2/ }).click();

  await expect(page).toHaveURL(/#scenario=no-oidc-provider&step=2$/);
  await irsa.expectStep(2);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('no-oidc-provider');
  await expect(irsa.status).toContainText(
    'failed: InvalidIdentityToken: No OpenIDConnect provider found in your account for https://oidc.eks.',
  );
});

test('an unknown message says no scenario produces it and names the closest codes', async ({
  irsa,
  page,
}) => {
  await page.goto('./#/find');
  await irsa
    .findField()
    .fill(
      'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: The issuer is on holiday',
    );
  await expect(
    page.getByText('No scenario produces this message. Closest codes: InvalidIdentityToken'),
  ).toBeVisible();
  await expect(irsa.findResults()).toHaveCount(0);

  // A megabyte of log is cut, said so, and the page keeps answering.
  await irsa.findField().fill('x'.repeat(1 << 20));
  await expect(
    page.getByText('Only the first 4,000 of 1,048,576 characters are read.'),
  ).toBeVisible();
  await expect(page.getByText('No scenario produces this message.')).toBeVisible();
  await irsa.findField().fill(GO_NO_PROVIDER);
  await expect(irsa.findResults().first()).toContainText('No IAM OIDC provider for the cluster');

  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('from the explore page: the header opens the field over the page; a result opens its step', async ({
  irsa,
  page,
}) => {
  await irsa.open('#scenario=expired-token&step=1&keys=demo');
  const toggle = page.getByRole('button', { name: 'Find by error message' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(irsa.findField()).toBeFocused();
  // Escape closes the panel and gives focus back to its button; the text is kept.
  await irsa.findField().fill(NODE_ROLE_DENIED);
  await page.keyboard.press('Escape');
  await expect(irsa.findField()).toBeHidden();
  await expect(toggle).toBeFocused();
  await toggle.press('Enter');
  await expect(irsa.findField()).toHaveValue(NODE_ROLE_DENIED);

  const first = irsa.findResults().first();
  await expect(first).toContainText('AccessDenied, breaks at step 6');
  await first.getByRole('link', { name: /^Open at step 6/ }).click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await irsa.expectStep(6);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('annotation-key-typo');
  await expect(irsa.status).toContainText('failed: AccessDenied: User: arn:aws:sts::');
  await expect(page).toHaveURL(/#scenario=annotation-key-typo&step=6&keys=demo$/);
});
