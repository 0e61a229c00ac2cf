import { trustPolicyForSub } from '../scenarios/policies';
import { trustPolicyForAudience } from './policies';
import type { EditExercise } from './types';

export const fixTokenAudience: EditExercise = {
  id: 'fix-token-audience',
  group: 'troubleshooting',
  kind: 'fix',
  title: 'The ServiceAccount asks for the wrong audience',
  brief:
    'The ServiceAccount carries eks.amazonaws.com/audience: sts.amazon.com, and STS answers InvalidIdentityToken: Incorrect token audience. Make the pod list its buckets without letting any other ServiceAccount in.',
  start: { flow: 'irsa', entry: 'token-audience-annotation-typo' },
  hints: [
    'Decode the token (Token tab): what is its aud?',
    "Three places name the audience: the token (from the annotation), the provider's client IDs, and the trust policy's :aud. They must agree.",
    'Simplest: set the annotation back to sts.amazonaws.com (or remove it).',
  ],
  explanation:
    "InvalidIdentityToken: Incorrect token audience, at step 3. The annotation made the webhook request tokens for \"sts.amazon.com\"; the token verifies, but its aud is not one of the provider's client IDs. Set it back to sts.amazonaws.com. Keeping another audience means adding it to the provider's client IDs and to the trust policy's :aud; adding it to the provider alone moves the failure to step 4.",
  editable: ['tokenAudience', 'providerClientIds', 'trustPolicy'],
  attackers: [
    {
      label: 'default/intruder (another ServiceAccount)',
      names: { serviceAccountName: 'intruder', podName: 'intruder' },
    },
    { label: 'staging/my-service-account (another namespace)', names: { namespace: 'staging' } },
  ],
  solution: { wiring: { tokenAudience: 'sts.amazonaws.com' } },
  alsoCorrect: [
    // Another audience, named consistently in all three places.
    {
      wiring: {
        providerClientIds: ['sts.amazonaws.com', 'sts.amazon.com'],
        trustPolicy: trustPolicyForAudience('sts.amazon.com'),
      },
    },
  ],
  wrong: [
    // STS now accepts the token, but the trust policy's :aud still says sts.amazonaws.com.
    { wiring: { providerClientIds: ['sts.amazonaws.com', 'sts.amazon.com'] } },
    // The trust policy is step 4; the token still fails the provider's audience check at step 3.
    { wiring: { trustPolicy: trustPolicyForAudience('sts.amazon.com') } },
    // Dropping :sub to "make room" lets every ServiceAccount in once the audience is fixed.
    {
      wiring: {
        tokenAudience: 'sts.amazonaws.com',
        trustPolicy: trustPolicyForSub('system:serviceaccount:*:*', 'StringLike'),
      },
    },
  ],
};
