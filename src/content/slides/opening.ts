import type { Slide } from './types';

/** The title slide and Setup: what exists before the pod asks for anything. */
export const OPENING: Slide[] = [
  {
    id: 'title',
    kind: 'title',
    title: 'How a pod on EKS gets AWS credentials',
    narration: 'IAM roles for service accounts (IRSA), computed for real in this browser.',
    bullets: [
      'Six hops between the pod, STS, IAM, the OIDC provider and S3',
      'Real keys, real RS256 tokens, real SigV4',
      'Then three ways it breaks, and EKS Pod Identity',
    ],
    notes: {
      points: [
        'Everything on these slides is computed in this browser: the signing key, the token, the verification with jose, the SigV4 signature. Nothing is a screenshot.',
        'The six-hop story is a teaching simplification; the real-mechanics toggle on the explore page shows what AWS documents (STS fetches the discovery document and JWKS itself).',
        'If the room should see the same bytes, open the deck with #seed=<word> (the header offers it): everyone gets the bundled demo key, a fixed clock and the same ids.',
      ],
      questions: [
        {
          question: 'Does anything leave the browser?',
          answer:
            'No. There is no backend and no request leaves the page; AWS, the cluster and S3 are simulated by the same code that signs and verifies.',
        },
      ],
    },
  },
  {
    id: 'setup',
    kind: 'setup',
    title: 'Setup: the ServiceAccount, the webhook, the projected token',
    narration:
      "The role-arn annotation makes the pod-identity webhook add a projected token and two AWS_ variables to the pod; the kubelet writes the token, signed by the cluster's issuer.",
    run: { flow: 'irsa', scenario: null, step: 0 },
    artifact: {
      id: 'pod',
      keep: [
        'serviceAccountName',
        'aws-iam-token',
        'mountPath: /var/run/secrets/eks.amazonaws.com',
        'AWS_ROLE_ARN',
        'value: arn:',
        'AWS_WEB_IDENTITY_TOKEN_FILE',
        'value: /var/run/secrets/eks.amazonaws.com',
        'audience:',
        'expirationSeconds: 86400',
      ],
    },
    notes: {
      points: [
        'The ServiceAccount carries eks.amazonaws.com/role-arn. Nothing else in the cluster knows about IAM.',
        'The EKS pod-identity webhook is a mutating admission webhook: it acts once, when the pod is created. A pod created before the annotation never gets the variables.',
        'The token is a projected ServiceAccount token with audience sts.amazonaws.com, expiring after 24 hours by default; the kubelet refreshes it at 80% of its lifetime.',
      ],
      questions: [
        {
          question: 'Do I have to restart pods after annotating the ServiceAccount?',
          answer:
            'Yes. The webhook mutates pods at creation only; existing pods keep running without AWS_ROLE_ARN and fall back to the node role.',
        },
        {
          question: 'Why not the ordinary ServiceAccount token?',
          answer:
            'Its audience is the Kubernetes API server. The projected one is requested for sts.amazonaws.com, which is the client ID the IAM OIDC provider lists.',
        },
      ],
    },
  },
];
