/**
 * Whether the container's user can read the projected token file. Before Kubernetes 1.19 the
 * kubelet wrote projected files 0600 owned by root, so a non-root container could read the token
 * only through `fsGroup`; since 1.19 the file belongs to the container's user
 * (aws/amazon-eks-pod-identity-webhook#8, kubernetes/kubernetes#89193; docs/aws-facts.md).
 */
import { kubernetesAtLeast } from '../kubernetes/version';
import type { Scenario } from '../scenario';

export interface TokenFileAccess {
  readable: boolean;
  /** The file's mode and owner as `ls -l` would show them, in words. */
  mode: string;
  reader: string;
}

export function tokenFileAccess(scenario: Scenario): TokenFileAccess {
  const { containerRunsAsNonRoot, podFsGroup } = scenario.wiring;
  const reader = containerRunsAsNonRoot ? 'UID 1000 (non-root)' : 'root';
  if (kubernetesAtLeast(scenario.kubernetesVersion, '1.19'))
    return { readable: true, mode: "0600, owned by the container's user", reader };
  if (podFsGroup !== null)
    return { readable: true, mode: `0640, group ${podFsGroup} (fsGroup)`, reader };
  return { readable: !containerRunsAsNonRoot, mode: '0600, owned by root', reader };
}
