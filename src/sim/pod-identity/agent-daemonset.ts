/**
 * The EKS Pod Identity Agent add-on: a DaemonSet on the host network whose server listens on
 * 169.254.170.23:80 (and [fd00:ec2::23]:80), probes on 2703, told its cluster by --cluster-name.
 * Shape from the agent's Helm chart test data (hack/testdata/expected_eks_pod_identity_agent_
 * default_helm_template.yaml) and a real cluster's `kubectl get ds` (immersion-day deep dive).
 * https://github.com/aws/eks-pod-identity-agent
 */
import type { PodIdentityScenario } from './scenario';

export interface AgentDaemonSet {
  apiVersion: 'apps/v1';
  kind: 'DaemonSet';
  metadata: { name: string; namespace: string };
  spec: {
    template: {
      spec: {
        hostNetwork: true;
        priorityClassName: string;
        containers: {
          name: string;
          command: string[];
          args: string[];
          ports: { containerPort: number; protocol: 'TCP'; name: string }[];
          env: { name: string; value: string }[];
        }[];
      };
    };
  };
}

export function agentDaemonSet(s: PodIdentityScenario): AgentDaemonSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'eks-pod-identity-agent', namespace: 'kube-system' },
    spec: {
      template: {
        spec: {
          hostNetwork: true,
          priorityClassName: 'system-node-critical',
          containers: [
            {
              name: 'eks-pod-identity-agent',
              command: ['/go-runner', '/eks-pod-identity-agent', 'server'],
              args: ['--port', '80', '--cluster-name', s.clusterName, '--probe-port', '2703'],
              ports: [
                { containerPort: 80, protocol: 'TCP', name: 'proxy' },
                { containerPort: 2703, protocol: 'TCP', name: 'probes-port' },
              ],
              env: [{ name: 'AWS_REGION', value: s.region }],
            },
          ],
        },
      },
    },
  };
}
