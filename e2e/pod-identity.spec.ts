import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { stepTitle } from './irsa-page';

/** EKS Pod Identity: the same walk as IRSA's, its own exchange, reached by link or by the header. */
test('#flow=pod-identity walks pod → agent → EKS Auth → STS → pod → S3 to the buckets', async ({
  irsa,
  page,
}) => {
  await irsa.open('#flow=pod-identity&step=6&keys=demo');
  await expect(irsa.status).toHaveText('Step 6 of 6: The pod calls S3 with them');
  await expect(page.getByRole('combobox', { name: 'Flow' })).toHaveValue('pod-identity');
  for (const actor of ['agent', 'eks-auth', 'sts', 's3'])
    await expect(page.locator(`g[data-actor="${actor}"]`)).toBeVisible();
  // The agent's call to EKS Auth, on the wire: SigV4 for service eks-auth, as the node role.
  await page.keyboard.press('2');
  await expect(irsa.status).toHaveText(stepTitle(2));
  await irsa.showTab('HTTP');
  await expect(
    page.getByText(/POST \/clusters\/[\w-]+\/assume-role-for-pod-identity/),
  ).toBeVisible();
  await expect(
    page.getByText(/Credential=ASIA\w+\/\d{8}\/us-west-2\/eks-auth\/aws4_request/),
  ).toBeVisible();
});

test('a Pod Identity failure opens by its deep link and stops at its hop with AWS’s words', async ({
  irsa,
  page,
}) => {
  await irsa.open('#flow=pod-identity&scenario=pod-identity-association-deleted&step=3&keys=demo');
  await expect(irsa.status).toContainText('ResourceNotFoundException');
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue(
    'pod-identity-association-deleted',
  );
  await expect(page.getByRole('group', { name: 'AWS error' })).toContainText(
    'has no service account role association',
  );
  await page.getByRole('button', { name: 'Apply the fix' }).click();
  await expect(irsa.status).toHaveText('Step 6 of 6: The pod calls S3 with them');
});

test('a role in another account is refused at Setup, before any step', async ({ irsa }) => {
  await irsa.open('#flow=pod-identity&scenario=pod-identity-role-in-another-account&keys=demo');
  await expect(irsa.status).toHaveText(/^Setup failed: InvalidParameterException: /);
  await expect(irsa.next).toBeDisabled();
});

test('the header switches between IRSA and Pod Identity, and Back returns', async ({
  irsa,
  page,
}) => {
  await irsa.open();
  const flow = page.getByRole('combobox', { name: 'Flow' });
  await flow.selectOption('pod-identity');
  await expect(page).toHaveURL(/#flow=pod-identity&step=0/);
  await expect(page.locator('g[data-actor="agent"]')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue(
    'pod-identity-happy-path',
  );
  await page.goBack();
  await expect(flow).toHaveValue('irsa');
  await expect(page.locator('g[data-actor="iam"]')).toBeVisible();
  // The third choice opens both side by side.
  await flow.selectOption('compare');
  await expect(page).toHaveURL(/#\/compare/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('side by side');
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`axe finds no violation on the Pod Identity walk (${size.width}×${size.height})`, async ({
    irsa,
    page,
  }) => {
    await page.setViewportSize(size);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await irsa.open('#flow=pod-identity&step=4&keys=demo');
    await irsa.expectStep(4);
    await irsa.diagramAtRest();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}
