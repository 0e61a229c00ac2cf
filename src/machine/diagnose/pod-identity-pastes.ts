/** Test data only: the EKS Pod Identity pastes for the `payments/api` set of `paste-sets.ts`. */
import { ACCOUNT, podYaml, ROLE_ARN } from './paste-sets';

/** `aws eks describe-pod-identity-association`. */
export function associationJson(serviceAccount = 'api'): string {
  return JSON.stringify(
    {
      association: {
        clusterName: 'payments',
        namespace: 'payments',
        serviceAccount,
        roleArn: ROLE_ARN,
        associationArn: `arn:aws:eks:us-west-2:${ACCOUNT}:podidentityassociation/payments/a-4kzxw0nsyvdzqfqyg`,
        associationId: 'a-4kzxw0nsyvdzqfqyg',
        tags: {},
        createdAt: '2026-11-02T09:20:00.000000+00:00',
        modifiedAt: '2026-11-02T09:20:00.000000+00:00',
        disableSessionTags: false,
      },
    },
    null,
    4,
  );
}

/** A pod after the EKS Pod Identity webhook: the agent's URI and token file, the token volume. */
export function podIdentityPodYaml(mutated = true): string {
  const base = podYaml({ mutated: false });
  if (!mutated) return base;
  return base
    .replace(
      '    volumeMounts:\n',
      `    env:
    - name: AWS_CONTAINER_CREDENTIALS_FULL_URI
      value: http://169.254.170.23/v1/credentials
    - name: AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE
      value: /var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token
    volumeMounts:\n`,
    )
    .replace(
      '  volumes:\n',
      `  volumes:
  - name: eks-pod-identity-token
    projected:
      defaultMode: 420
      sources:
      - serviceAccountToken:
          audience: pods.eks.amazonaws.com
          expirationSeconds: 86400
          path: eks-pod-identity-token
`,
    );
}
