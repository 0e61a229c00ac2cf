/**
 * The ServiceAccount and a Deployment that runs as it, written as kubectl writes YAML (the
 * inspector's `toYaml`; this module loads only with the Generate page). IRSA's ServiceAccount carries
 * `eks.amazonaws.com/role-arn`; Pod Identity's carries nothing: the association names the role.
 */
import { toYaml } from '../../sim/kubernetes/to-yaml';
import type { GeneratedFile } from './eksctl';
import { setupRoleArn, type GenerateFlow, type SetupNames } from './names';

/** The annotation the EKS pod identity webhook reads (IRSA). */
export const ROLE_ARN_ANNOTATION = 'eks.amazonaws.com/role-arn';

/**
 * The AWS CLI's public image: the container lists the buckets once (proof the credentials
 * work), then sleeps so the Deployment stays up for `kubectl logs` and `kubectl exec`.
 */
const IMAGE = 'public.ecr.aws/aws-cli/aws-cli:latest';

export function serviceAccountManifest(names: SetupNames, flow: GenerateFlow) {
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: {
      name: names.serviceAccountName,
      namespace: names.namespace,
      ...(flow === 'irsa' ? { annotations: { [ROLE_ARN_ANNOTATION]: setupRoleArn(names) } } : {}),
    },
  };
}

export function deploymentManifest(names: SetupNames) {
  const labels = { app: names.appName };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: names.appName, namespace: names.namespace, labels },
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          serviceAccountName: names.serviceAccountName,
          containers: [
            {
              name: names.appName,
              image: IMAGE,
              command: ['sh', '-c', 'aws s3api list-buckets && sleep infinity'],
              env: [{ name: 'AWS_REGION', value: names.region }],
            },
          ],
        },
      },
    },
  };
}

/** Both objects in one file, ServiceAccount first: `kubectl apply -f` creates it before the pods. */
export function kubernetesSetup(names: SetupNames, flow: GenerateFlow): GeneratedFile {
  const documents = [serviceAccountManifest(names, flow), deploymentManifest(names)];
  return {
    fileName: `${names.appName}.yaml`,
    text: documents.map(toYaml).join('\n---\n') + '\n',
  };
}
