import type { IdSource } from '../ids';
import type { Scenario } from '../scenario';
import type { NodeRef, Pod } from './types';

/** The worker node's private IPv4 address, inside eksctl's default VPC CIDR (192.168.0.0/16). */
export const NODE_PRIVATE_IP = '192.168.12.34';

/**
 * The worker node's name. EKS nodes register under the EC2 private DNS name, which for the
 * default IP-based hostname type is `ip-<a-b-c-d>.<region>.compute.internal`, or
 * `ip-<a-b-c-d>.ec2.internal` in us-east-1.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/hostname-types.html
 */
export function nodeName(region: string, privateIp = NODE_PRIVATE_IP): string {
  const host = `ip-${privateIp.replaceAll('.', '-')}`;
  return region === 'us-east-1' ? `${host}.ec2.internal` : `${host}.${region}.compute.internal`;
}

/** The Node the scheduler binds the pod to: a fixed name for the region and a seeded uid. */
export function clusterNode(scenario: Pick<Scenario, 'region'>, ids: IdSource): NodeRef {
  return { name: nodeName(scenario.region), uid: ids.uuid() };
}

/** The pod after the scheduler bound it: `spec.nodeName` set, nothing else changed. */
export function bindToNode(pod: Pod, node: NodeRef): Pod {
  return { ...pod, spec: { ...pod.spec, nodeName: node.name } };
}
