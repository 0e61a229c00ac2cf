/** What the IRSA and EKS Pod Identity repairs share: their shape and the fix steps both write. */
import type { PodIdentityScenario } from '../../sim/pod-identity/scenario';
import type { Scenario } from '../../sim/scenario';
import { command } from '../generate/shell';
import type { DiagnosisFix, FixStep } from './types';
import type { Built } from './world';

/**
 * A cause Diagnose can name: a change of the world that removes it, and the fix that makes the
 * same change on a real cluster. It only counts when the engine, run again with it, gets further
 * (`diagnose.ts`): every fix shown is one a run has proved.
 */
export interface Repair<S> {
  id: string;
  /** Whether this world has the fault the repair removes. */
  applies(world: Built<S>, current: S): boolean;
  apply(world: Built<S>, current: S): S;
  fix(world: Built<S>, current: S): Omit<DiagnosisFix, 'id'>;
}

/** New pods get the webhook's changes; running ones keep what they were admitted with. */
export function restartStep(world: Built<unknown>, namespace: string, podName: string): FixStep {
  const deployment = world.names.deploymentName;
  return deployment
    ? {
        text: 'Restart the pods so the webhook sees them again (it changes pods only when they are created):',
        code: `kubectl rollout restart deployment/${deployment} -n ${namespace}`,
        language: 'shell',
      }
    : {
        text: 'Recreate the pod so the webhook sees it again (it changes pods only when they are created); its controller starts a new one:',
        code: `kubectl delete pod ${podName} -n ${namespace}`,
        language: 'shell',
      };
}

/** Save a trust policy as trust-policy.json and put it on the role. */
export function trustPolicySteps(roleName: string, policy: string, save: string): FixStep[] {
  return [
    { text: save, code: policy, language: 'json' },
    {
      text: "Replace the role's trust policy with it:",
      code: command('aws iam update-assume-role-policy', [
        ['--role-name', roleName],
        ['--policy-document', 'file://trust-policy.json'],
      ]),
      language: 'shell',
    },
  ];
}

/** The policy with an Allow for s3:ListAllMyBuckets appended (its other statements untouched). */
export function withListBuckets(policy: string): string {
  const doc = JSON.parse(policy) as { Statement?: unknown };
  const statements: unknown[] = Array.isArray(doc.Statement)
    ? doc.Statement
    : doc.Statement
      ? [doc.Statement]
      : [];
  const add = {
    Sid: 'ListAllMyBuckets',
    Effect: 'Allow',
    Action: 's3:ListAllMyBuckets',
    Resource: '*',
  };
  return JSON.stringify({ ...doc, Statement: [...statements, add] }, null, 2);
}

/** The pasted permission policy lacks s3:ListAllMyBuckets: add one statement, keep the rest. */
export function allowListBuckets<S extends Scenario | PodIdentityScenario>(): Repair<S> {
  return {
    id: 'allow-list-buckets',
    applies: (_, s) => s.wiring.permissionPolicy !== null,
    apply: (_, s) => ({
      ...s,
      wiring: { ...s.wiring, permissionPolicy: withListBuckets(s.wiring.permissionPolicy!) },
    }),
    fix: (_, s) => ({
      title: 'Allow s3:ListAllMyBuckets',
      cause: `The pasted permission policy does not allow s3:ListAllMyBuckets, the action S3's ListBuckets needs, so S3 answers AccessDenied to the role's session. (The page evaluates only the pasted policy; the role's other policies may allow it, or deny it explicitly.)`,
      steps: [
        {
          text: 'The policy with one statement added; save it as permissions.json:',
          code: withListBuckets(s.wiring.permissionPolicy!),
          language: 'json',
        },
        {
          text: 'Put it on the role (for a managed policy, `aws iam create-policy-version --set-as-default` instead):',
          code: command('aws iam put-role-policy', [
            ['--role-name', s.roleName],
            ['--policy-name', 'list-buckets'],
            ['--policy-document', 'file://permissions.json'],
          ]),
          language: 'shell',
        },
      ],
      field: 'permissionPolicy',
    }),
  };
}
