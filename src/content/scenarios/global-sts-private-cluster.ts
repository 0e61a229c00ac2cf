import type { CatalogueEntry } from './types';

// aws/containers-roadmap#586, kubernetes-sigs/external-dns#1944 and #2230 (the Go text below).
// botocore used the global endpoint by default until 1.40.0 (boto/boto3#4583).
export const globalStsPrivateCluster: CatalogueEntry = {
  id: 'global-sts-private-cluster',
  title: 'Private cluster, SDK calls global STS',
  kind: 'breaks',
  changes: { wiring: { privateCluster: true, stsEndpoint: 'global' } },
  expected: {
    step: 1,
    awsCode: 'ConnectTimeoutError',
    message: 'Connect timeout on endpoint URL: "https://sts.amazonaws.com/"',
  },
  cause:
    'The ServiceAccount is annotated eks.amazonaws.com/sts-regional-endpoints: "false" (a webhook started without --sts-regional-endpoint does the same), so the pod has no AWS_STS_REGIONAL_ENDPOINTS=regional and its SDK, older than botocore 1.40.0, calls the global sts.amazonaws.com. The nodes reach AWS only through VPC endpoints, and the STS one is regional: the connection times out before STS ever sees the call.',
  fix: {
    summary: 'Set the annotation to "true" (regional STS) and recreate the pod',
    changes: { wiring: { stsEndpoint: 'regional' } },
  },
  verify: [
    'kubectl exec -n {{namespace}} {{podName}} -- env | grep AWS_STS_REGIONAL_ENDPOINTS',
    'kubectl annotate serviceaccount {{serviceAccount}} -n {{namespace}} eks.amazonaws.com/sts-regional-endpoints=true --overwrite',
    'aws ec2 describe-vpc-endpoints --filters Name=service-name,Values=com.amazonaws.{{region}}.sts',
  ],
  alsoSeenAs: [
    'WebIdentityErr: failed to retrieve credentials\ncaused by: RequestError: send request failed\ncaused by: Post "https://sts.amazonaws.com/": dial tcp 54.239.29.25:443: i/o timeout',
  ],
};
