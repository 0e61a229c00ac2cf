import { DECODE_TOKEN } from './shared';
import type { CatalogueEntry } from './types';

export const tokenAudienceAnnotationTypo: CatalogueEntry = {
  id: 'token-audience-annotation-typo',
  title: 'ServiceAccount asks for the wrong token audience',
  kind: 'breaks',
  changes: { wiring: { tokenAudience: 'sts.amazon.com' } },
  expected: { step: 3, awsCode: 'InvalidIdentityToken', message: 'Incorrect token audience' },
  cause:
    'The eks.amazonaws.com/audience annotation makes the webhook request tokens for "sts.amazon.com". The token verifies, but its aud is not one of the provider\'s client IDs, so STS rejects it.',
  fix: {
    summary: 'Remove the audience annotation (default sts.amazonaws.com)',
    changes: { wiring: { tokenAudience: 'sts.amazonaws.com' } },
  },
  verify: [
    'kubectl get serviceaccount {{serviceAccount}} -n {{namespace}} -o jsonpath="{.metadata.annotations}"',
    DECODE_TOKEN,
  ],
};
