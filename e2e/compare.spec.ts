import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { stepTitle } from './irsa-page';

/** `#/compare`: IRSA and EKS Pod Identity, each its own walk, moved together by shared controls. */
const IRSA = 'IAM roles for service accounts (IRSA)';
const POD_IDENTITY = 'EKS Pod Identity';

const side = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const status = (page: Page, name: string) => side(page, name).getByRole('status');

/** Both walks show step `n` (0 = Setup), done computing. */
async function expectBoth(page: Page, n: number) {
  for (const name of [IRSA, POD_IDENTITY])
    await expect(status(page, name)).toHaveText(n === 0 ? /^Setup$/ : stepTitle(n));
}

/** A cell of the differences table, by row id and flow. */
const cell = (page: Page, row: string, flow: 'irsa' | 'pod-identity') =>
  page.locator(`tr[data-row="${row}"] td[data-flow="${flow}"]`);

test('Next walks both flows in lockstep; the differences are read from the two runs', async ({
  irsa,
}) => {
  // Through the fixture, so console errors and requests leaving the page fail the test.
  const { page } = irsa;
  await page.goto('./#/compare?keys=demo');
  await expectBoth(page, 0);
  await expect(page.getByText('Demo key · seed demo')).toBeVisible();
  // Nothing the later steps produce is guessed before they run.
  await expect(cell(page, 'session-tags', 'pod-identity')).toHaveText(/^not run yet/);

  const next = page.getByRole('button', { name: 'Next step' });
  for (let n = 1; n <= 6; n++) {
    await next.click();
    await expectBoth(page, n);
    await expect(page.getByRole('button', { name: `Both at step ${n}` })).toHaveAttribute(
      'aria-current',
      'step',
    );
  }
  await expect(next).toHaveAttribute('aria-disabled', 'true');

  // The trust principals come from each run's role: IRSA's names the provider of its token's
  // issuer, Pod Identity's the EKS service principal.
  const token = JSON.parse(
    (await page.locator('pre[data-artifact="compare-irsa-token"]').textContent()) ?? '{}',
  ) as { iss: string };
  const provider = token.iss.replace('https://', '');
  await expect(cell(page, 'trust-principal', 'irsa')).toHaveText(
    new RegExp(`^Federated arn:aws:iam::\\d{12}:oidc-provider/${provider.replace(/\./g, '\\.')}$`),
  );
  await expect(cell(page, 'trust-principal', 'pod-identity')).toHaveText(
    'Service pods.eks.amazonaws.com',
  );
  await expect(cell(page, 'trust-actions', 'pod-identity')).toHaveText(
    'sts:AssumeRole; sts:TagSession',
  );
  await expect(cell(page, 'session-tags', 'pod-identity')).toContainText(
    'kubernetes-namespace=default',
  );
  // The documented rows link their source.
  await expect(
    page.locator('tr[data-row="where"]').getByRole('link', { name: /Comparing EKS Pod Identity/ }),
  ).toHaveAttribute('href', /docs\.aws\.amazon\.com\/eks\//);
  // Each side's credentials answer, as each service sends it: STS's XML, the agent's JSON.
  await expect(page.locator('pre[data-artifact="compare-irsa-credentials"]')).toContainText(
    '<AssumeRoleWithWebIdentityResponse',
  );
  await expect(page.locator('pre[data-artifact="compare-pod-identity-credentials"]')).toContainText(
    '"AccessKeyId":"ASIA',
  );

  await page.getByRole('button', { name: 'Previous step' }).click();
  await expectBoth(page, 5);
  await page.getByRole('button', { name: 'Restart' }).click();
  await expectBoth(page, 0);
});

for (const size of [
  { name: 'projector', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`axe finds no WCAG 2.1 AA violation on #/compare (${size.name})`, async ({ irsa, page }) => {
    test.slow();
    await page.setViewportSize(size);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./#/compare?keys=demo');
    for (const step of [0, 6]) {
      if (step > 0) await page.getByRole('button', { name: `Both at step ${step}` }).click();
      await expectBoth(page, step);
      if (step > 0) await irsa.diagramAtRest();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
        `step ${step}`,
      ).toEqual([]);
    }
  });
}
