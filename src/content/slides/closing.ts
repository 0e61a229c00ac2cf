import type { Slide } from './types';

/** IRSA beside EKS Pod Identity, and what to take home. */
export const CLOSING: Slide[] = [
  {
    id: 'compare-pod-identity',
    kind: 'comparison',
    title: 'IRSA beside EKS Pod Identity',
    narration:
      'Pod Identity reaches the same role without an OIDC provider: the EKS Pod Identity Agent on the node calls EKS Auth, and the trust policy trusts pods.eks.amazonaws.com.',
    run: { flow: 'pod-identity', scenario: null, step: 6 },
    notes: {
      points: [
        'Both runs on this slide happened in this browser: IRSA with AssumeRoleWithWebIdentity, Pod Identity with eks-auth:AssumeRoleForPodIdentity through the agent at 169.254.170.23.',
        'Pod Identity needs no IAM OIDC provider per cluster and one trust policy serves every cluster; the association (cluster, namespace, ServiceAccount → role) lives in EKS.',
        'IRSA still matters: it works outside EKS-managed nodes where the agent does not run, and on self-managed Kubernetes with an OIDC issuer.',
      ],
      questions: [
        {
          question: 'Should we migrate?',
          answer:
            'For many roles across many clusters, Pod Identity removes the provider quota and the trust-policy size pressure. The compare page shows both exchanges side by side.',
        },
      ],
    },
  },
  {
    id: 'summary',
    kind: 'summary',
    title: 'What to remember',
    narration: 'Every IRSA failure is one of these hops refusing; the message tells you which.',
    bullets: [
      'Setup: the annotation works only for pods created after it',
      "Step 2: an IAM OIDC provider for the issuer, in the role's account",
      "Step 3: the token's aud is one of the provider's client IDs",
      'Step 4: the trust policy pins :sub (and :aud) to this ServiceAccount',
      'Step 6: the permission policy decides what the role may do',
    ],
    notes: {
      points: [
        'Invite people to open the explore page and pick a scenario from the catalogue: each one fails at its own hop with the real message.',
        '"Find by error message" takes a pasted error and names the hop and the fix.',
      ],
      questions: [
        {
          question: 'Where do I start when a pod gets AccessDenied?',
          answer:
            'Run aws sts get-caller-identity in the pod: if it shows the node role, the webhook never mutated the pod; if it fails, read which hop the message belongs to.',
        },
      ],
    },
  },
];
