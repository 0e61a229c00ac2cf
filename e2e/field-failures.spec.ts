import { expect, test } from './fixtures';
import { stepTitle } from './irsa-page';

/**
 * The failures people hit in the field, each opened by its deep link (the ids docs and issue
 * threads point at): the run stops at its hop with the words users see, and the evidence label
 * links to where that wording was checked.
 */
const FIELD_FAILURES: {
  id: string;
  step: number;
  code: string;
  says: string;
  where?: 'Error in the pod';
}[] = [
  {
    id: 'trust-key-is-provider-arn',
    step: 4,
    code: 'AccessDenied',
    says: 'sts:AssumeRoleWithWebIdentity',
  },
  {
    id: 'trust-aud-instead-of-sub',
    step: 4,
    code: 'AccessDenied',
    says: 'sts:AssumeRoleWithWebIdentity',
  },
  {
    id: 'trust-two-clusters-one-statement',
    step: 4,
    code: 'AccessDenied',
    says: 'sts:AssumeRoleWithWebIdentity',
  },
  {
    id: 'cluster-recreated-old-oidc-id',
    step: 2,
    code: 'InvalidIdentityToken',
    says: 'No OpenIDConnect provider found',
  },
  {
    id: 'cross-account-no-provider',
    step: 2,
    code: 'InvalidIdentityToken',
    says: 'No OpenIDConnect provider found',
  },
  {
    id: 'jwks-unreachable',
    step: 3,
    code: 'InvalidIdentityToken',
    says: "Couldn't retrieve verification key",
  },
  { id: 'webhook-missed-pod', step: 6, code: 'AccessDenied', says: 'assumed-role/eks-node-role/' },
  {
    id: 'sdk-ignores-web-identity',
    step: 6,
    code: 'AccessDenied',
    says: 'assumed-role/eks-node-role/',
  },
  {
    id: 'static-keys-in-environment',
    step: 6,
    code: 'AccessDenied',
    says: ':user/legacy-deployer',
  },
  {
    id: 'global-sts-private-cluster',
    step: 1,
    code: 'ConnectTimeoutError',
    says: 'https://sts.amazonaws.com/',
    where: 'Error in the pod',
  },
  {
    id: 'session-credentials-not-refreshed',
    step: 6,
    code: 'ExpiredToken',
    says: 'The provided token has expired.',
  },
  {
    id: 'role-chains-to-itself',
    step: 6,
    code: 'AccessDenied',
    says: 'sts:AssumeRole on resource',
  },
  {
    id: 's3-missing-session-token',
    step: 6,
    code: 'InvalidAccessKeyId',
    says: 'does not exist in our records',
  },
  {
    id: 'token-file-unreadable',
    step: 1,
    code: 'PermissionError',
    says: 'Permission denied',
    where: 'Error in the pod',
  },
  { id: 'sts-throttling', step: 1, code: 'Throttling', says: 'Rate exceeded' },
];

for (const failure of FIELD_FAILURES) {
  test(`#scenario=${failure.id} stops at step ${failure.step} with ${failure.code}`, async ({
    irsa,
    page,
  }) => {
    await irsa.open(`#scenario=${failure.id}&step=${failure.step}&keys=demo`);
    await expect(irsa.status).toHaveText(stepTitle(failure.step));
    await expect(irsa.status).toContainText(failure.code);
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue(failure.id);
    const error = page.getByRole('group', { name: failure.where ?? 'AWS error' });
    await expect(error).toHaveAttribute('data-error', failure.code);
    await expect(error).toContainText(failure.says);
    await expect(error.getByRole('link')).toHaveAttribute('href', /^https:\/\//);
  });
}

test('#scenario=token-within-clock-skew works: step 3 shows the token inside the five-minute window', async ({
  irsa,
  page,
}) => {
  await irsa.open('#scenario=token-within-clock-skew&step=3&keys=demo');
  await expect(irsa.status).toHaveText(stepTitle(3));
  await expect(page.getByText(/inside the 5-minute window: accepted/)).toBeVisible();
  await page.keyboard.press('End');
  await expect(irsa.status).toHaveText(stepTitle(6));
  await expect(irsa.status).not.toContainText('Failed');
});
