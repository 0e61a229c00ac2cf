import type { CatalogueEntry } from './types';

// botocore credentials.py, create_credential_resolver: the environment provider comes first.
export const staticKeysInEnvironment: CatalogueEntry = {
  id: 'static-keys-in-environment',
  title: 'Static keys in the pod spec win over IRSA',
  kind: 'breaks',
  changes: { wiring: { staticKeysInEnvironment: true } },
  expected: {
    step: 6,
    awsCode: 'AccessDenied',
    message:
      'User: arn:aws:iam::{{accountId}}:user/legacy-deployer is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action',
  },
  cause:
    "An old manifest still sets AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY. Environment keys are the first link of the SDK's credential chain, so the pod acts as the IAM user legacy-deployer and never uses its role; that user may not list buckets.",
  fix: {
    summary: 'Remove the static keys from the pod spec (and deactivate them)',
    changes: { wiring: { staticKeysInEnvironment: false } },
  },
  verify: [
    'kubectl get pod {{podName}} -n {{namespace}} -o jsonpath="{.spec.containers[*].env[*].name}"',
    'kubectl exec -n {{namespace}} {{podName}} -- aws sts get-caller-identity',
    'aws iam list-access-keys --user-name legacy-deployer',
  ],
};
