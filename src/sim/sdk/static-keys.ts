import type { User } from '../iam/types';
import type { Pod } from '../kubernetes/types';

/**
 * The pod spec with an IAM user's keys written into its container's environment, as in
 * manifests from before IRSA. Environment keys are the first link of the SDK's credential
 * chain, so they win over the web identity the webhook adds (docs/aws-facts.md).
 */
export function withStaticKeys(pod: Pod, user: User | null): Pod {
  if (!user) return pod;
  return {
    ...pod,
    spec: {
      ...pod.spec,
      containers: pod.spec.containers.map((c) => ({
        ...c,
        env: [
          ...(c.env ?? []),
          { name: 'AWS_ACCESS_KEY_ID', value: user.AccessKeyId },
          { name: 'AWS_SECRET_ACCESS_KEY', value: user.SecretAccessKey },
        ],
      })),
    },
  };
}
