import { expect, test } from './fixtures';

const STEP_TITLES = [
  'Step 1 of 6: The pod sends its token and role ARN to STS',
  'Step 2 of 6: STS asks IAM to verify',
  "Step 3 of 6: IAM checks the token with the cluster's OIDC provider",
  'Step 4 of 6: IAM answers STS: trust policy evaluated',
  'Step 5 of 6: STS returns temporary credentials',
  'Step 6 of 6: The pod calls S3 with them',
];

test('clicking "Next step" from the first screen reaches step 6 and S3 lists the buckets', async ({
  irsa,
}) => {
  await irsa.page.goto('./');
  await expect(irsa.status).toHaveText('Setup');
  for (const title of STEP_TITLES) {
    await irsa.next.click();
    await expect(irsa.status).toHaveText(title);
  }
  const s3 = await irsa.artifactText('s3-response');
  expect(s3).toContain('HTTP/1.1 200 OK');
  expect(s3).toContain('<Name>example-app-reports</Name>');
  expect(s3).toContain('<Name>example-app-uploads</Name>');
  await expect(irsa.next).toHaveAttribute('aria-disabled', 'true');
  await expect(irsa.page).toHaveURL(/#step=6$/);
});

test('the keyboard alone walks the six steps and back', async ({ irsa, page }) => {
  await irsa.open();
  await irsa.tabTo(irsa.next);
  for (const title of STEP_TITLES) {
    await page.keyboard.press('Enter');
    await expect(irsa.status).toHaveText(title);
  }
  await page.keyboard.press('Shift+Tab'); // Play
  await page.keyboard.press('Shift+Tab');
  await expect(irsa.previous).toBeFocused();
  for (const title of [...STEP_TITLES].reverse().slice(1)) {
    await page.keyboard.press('Space');
    await expect(irsa.status).toHaveText(title);
  }
  await page.keyboard.press('Space');
  await expect(irsa.status).toHaveText('Setup');
});

test('a deep link opens its step, and a malformed fragment opens the start without error', async ({
  irsa,
  page,
}) => {
  await irsa.open('#step=4&keys=demo');
  await expect(irsa.status).toHaveText(STEP_TITLES[3]!);
  await expect(irsa.check('trust-decision')).toContainText('passed');
  await page.goto('about:blank');
  await page.goto('./#step=9x');
  await expect(irsa.status).toHaveText('Setup');
  await expect(irsa.page).toHaveURL(/#step=0$/);
});

test('editing the fragment moves to that step', async ({ irsa, page }) => {
  await irsa.open();
  await page.evaluate(() => (window.location.hash = '#step=5&keys=demo'));
  await expect(irsa.status).toHaveText(STEP_TITLES[4]!);
});

test('Restart begins a fresh run at Setup with a new key', async ({ irsa }) => {
  await irsa.page.goto('./#step=3');
  await expect(irsa.status).toHaveText(STEP_TITLES[2]!);
  const jwks = await irsa.artifactText('jwks-response');
  await irsa.restart.click();
  await expect(irsa.status).toHaveText('Setup');
  const before = JSON.parse(jwks.split('\n\n')[1]!) as { keys: { n: string }[] };
  expect(await irsa.artifactText('jwks')).not.toContain(before.keys[0]!.n);
});

test('every step shows its artifacts as selectable text and every check passes', async ({
  irsa,
}) => {
  await irsa.open();
  await irsa.showTab('All artifacts');
  const setup = [
    'service-account',
    'pod',
    'webhook-patch',
    'token',
    'token-payload',
    'discovery',
    'jwks',
  ];
  for (const id of setup) await expect(irsa.artifact(id)).toBeVisible();
  await expect(irsa.artifact('pod')).toContainText('AWS_WEB_IDENTITY_TOKEN_FILE');
  const expected: Record<number, string[]> = {
    1: ['sts-request', 'sdk-env'],
    2: ['provider', 'unverified'],
    3: ['discovery-request', 'discovery-response', 'jwks-request', 'jwks-response'],
    4: ['trust-policy', 'condition-keys'],
    5: ['sts-response'],
    6: ['s3-request', 'canonical-request', 'string-to-sign', 's3-response'],
  };
  for (let step = 1; step <= 6; step++) {
    await irsa.next.click();
    await expect(irsa.status).toHaveText(STEP_TITLES[step - 1]!);
    await irsa.showTab('All artifacts');
    for (const id of expected[step]!) await expect(irsa.artifact(id)).toBeVisible();
    await irsa.showTab('What happens');
    await expect(irsa.page.locator('[data-check]').first()).toBeVisible();
    await expect(irsa.page.locator('[data-check][data-passed="false"]')).toHaveCount(0);
  }
});
