import type { Slide } from './types';

/**
 * The three failures a room meets first, each on its catalogue entry: the run stops at the hop
 * that rejects it, with AWS's words; the fix (the entry's own) then runs and works.
 */
export const FAILURES: Slide[] = [
  {
    id: 'failure-wrong-audience',
    kind: 'failure',
    title: 'When it breaks: the wrong audience',
    narration:
      'The token was requested for "sts.amazon.com": the signature verifies, but its aud is not a client ID of the provider, so STS rejects it at step 3.',
    run: { flow: 'irsa', scenario: 'token-audience-annotation-typo', step: 3 },
    artifact: { id: 'error-response', keep: ['HTTP/', '<Code>', '<Message>'] },
    notes: {
      points: [
        'InvalidIdentityToken: Incorrect token audience. The token is genuine; it is meant for someone else.',
        "The aud comes from the eks.amazonaws.com/audience annotation (default sts.amazonaws.com) and must be in the IAM OIDC provider's client ID list.",
        'Check: decode the token in the pod and compare aud with aws iam get-open-id-connect-provider … --query ClientIDList.',
      ],
      questions: [
        {
          question: 'Can the provider list several client IDs?',
          answer:
            'Yes; then the trust policy should also pin :aud, or a token for another audience could assume the role.',
        },
      ],
    },
  },
  {
    id: 'failure-sub-mismatch',
    kind: 'failure',
    title: 'When it breaks: the sub does not match',
    narration:
      "The trust policy names another namespace than the pod's, so its sub condition fails and STS answers AccessDenied at step 4.",
    run: { flow: 'irsa', scenario: 'sub-other-namespace', step: 4 },
    artifact: { id: 'error-response', keep: ['HTTP/', '<Code>', '<Message>'] },
    notes: {
      points: [
        'The token verified: this is authorization, not authentication. The message does not say which condition failed; that is the lesson.',
        'sub is system:serviceaccount:<namespace>:<serviceaccount>, exactly. A typo, another namespace, or a renamed ServiceAccount all end here.',
        'Check: kubectl get pod … -o jsonpath={.spec.serviceAccountName} and the namespace, against aws iam get-role --query Role.AssumeRolePolicyDocument.',
      ],
      questions: [
        {
          question: 'Why does the error not say which condition failed?',
          answer:
            "STS never explains a denied trust policy. Compare the policy's :sub with system:serviceaccount:<the pod's namespace>:<its ServiceAccount>, which is what the token carries.",
        },
      ],
    },
  },
  {
    id: 'failure-no-oidc-provider',
    kind: 'failure',
    title: 'When it breaks: no OIDC provider in the account',
    narration:
      "Nobody created the IAM OIDC provider for the cluster's issuer in this account, so STS cannot know whom to trust and stops at step 2.",
    run: { flow: 'irsa', scenario: 'no-oidc-provider', step: 2 },
    artifact: { id: 'error-response', keep: ['HTTP/', '<Code>', '<Message>'] },
    notes: {
      points: [
        'InvalidIdentityToken: No OpenIDConnect provider found in your account for https://oidc.eks.…',
        'Typical after creating a cluster without eksctl utils associate-iam-oidc-provider, after re-creating a cluster (new issuer id), or for a role in another account.',
        'Check: aws eks describe-cluster --query cluster.identity.oidc.issuer, then aws iam list-open-id-connect-providers.',
      ],
      questions: [
        {
          question: 'Is this the same as a wrong audience?',
          answer:
            'Same error code, different message and hop: here STS never got as far as verifying the token.',
        },
      ],
    },
  },
];
