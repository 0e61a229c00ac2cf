import type { PodIdentityCatalogueEntry } from './types';

// The wording: aws-samples/containers-blog-maelstrom#123 (there a DROP rule hid the agent).
// botocore's own text when the connection is refused instead was reproduced with botocore 1.43.11
// against a closed port (ContainerMetadataFetcher wraps EndpointConnectionError).
export const podIdentityAgentNotRunning: PodIdentityCatalogueEntry = {
  id: 'pod-identity-agent-not-running',
  title: 'EKS Pod Identity Agent not installed on the node',
  kind: 'breaks',
  changes: { wiring: { agent: 'not-installed' } },
  expected: {
    step: 1,
    awsCode: 'CredentialRetrievalError',
    message:
      'Error when retrieving credentials from container-role: Error retrieving metadata: Received error when attempting to retrieve container metadata: Connect timeout on endpoint URL: "http://169.254.170.23/v1/credentials"',
  },
  cause:
    'The association exists, so the webhook pointed the SDK at http://169.254.170.23/v1/credentials. But the eks-pod-identity-agent add-on is not installed: nothing listens on that link-local address, and after three attempts botocore gives up before any AWS service is involved.',
  fix: {
    summary: 'Install the eks-pod-identity-agent add-on',
    changes: { wiring: { agent: 'running' } },
  },
  verify: [
    'kubectl get daemonset eks-pod-identity-agent -n kube-system',
    'aws eks describe-addon --cluster-name {{clusterName}} --addon-name eks-pod-identity-agent',
    'aws eks create-addon --cluster-name {{clusterName}} --addon-name eks-pod-identity-agent',
  ],
  alsoSeenAs: [
    'Error when retrieving credentials from container-role: Error retrieving metadata: Received error when attempting to retrieve container metadata: Could not connect to the endpoint URL: "http://169.254.170.23/v1/credentials"',
  ],
};
