import { DECODE_TOKEN } from './shared';
import type { CatalogueEntry } from './types';

export const providerClientIdTypo: CatalogueEntry = {
  id: 'provider-client-id-typo',
  title: "Token audience not in the provider's client IDs",
  kind: 'breaks',
  changes: { wiring: { providerClientIds: ['sts.amazon.com'] } },
  expected: { step: 3, awsCode: 'InvalidIdentityToken', message: 'Incorrect token audience' },
  cause:
    'The IAM OIDC provider was created with the client ID "sts.amazon.com" (a typo), while the projected token\'s aud is "sts.amazonaws.com". STS accepts a token only when its audience is in the provider\'s client ID list.',
  fix: {
    summary: 'Set the client ID list to sts.amazonaws.com',
    changes: { wiring: { providerClientIds: ['sts.amazonaws.com'] } },
  },
  verify: [
    'aws iam get-open-id-connect-provider --open-id-connect-provider-arn {{providerArn}} --query ClientIDList',
    'aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn {{providerArn}} --client-id sts.amazonaws.com',
    DECODE_TOKEN,
  ],
};
