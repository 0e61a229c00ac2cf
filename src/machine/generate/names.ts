/**
 * The names a new setup is generated from, checked with the lab's rules, and the scenarios
 * (IRSA or EKS Pod Identity) the engine runs to prove the generated policies work.
 */
import {
  DEFAULT_POD_IDENTITY_SCENARIO,
  type PodIdentityScenario,
} from '../../sim/pod-identity/scenario';
import { podIdentityRolePolicies } from '../../sim/pod-identity/policies';
import { DEFAULT_SCENARIO, rolePolicies, scenarioFieldErrors, type Scenario } from '../lab';

export type GenerateFlow = 'irsa' | 'pod-identity';

/** Everything the generated commands and files name. Bucket names as typed, one or more. */
export interface SetupNames {
  accountId: string;
  region: string;
  /** The EKS cluster's name (eksctl, `aws eks`, Terraform, the Pod Identity association). */
  clusterName: string;
  /** The 32 hex characters at the end of the cluster's OIDC issuer URL (IRSA only). */
  clusterOidcId: string;
  namespace: string;
  serviceAccountName: string;
  /** The Deployment's name (and its pods' `app` label). */
  appName: string;
  roleName: string;
  bucketNames: string[];
}

export type SetupField = keyof SetupNames;

/** AWS's documented example names: the app's default scenario, on the cluster `my-cluster`. */
export const DEFAULT_SETUP_NAMES: SetupNames = namesOf(DEFAULT_SCENARIO, 'my-cluster');

/** The names of a scenario of either flow (wiring is not carried: the setup is the correct one). */
export function namesOf(
  scenario: Scenario | PodIdentityScenario,
  clusterName = 'clusterName' in scenario ? scenario.clusterName : 'my-cluster',
): SetupNames {
  return {
    accountId: scenario.accountId,
    region: scenario.region,
    clusterName,
    clusterOidcId: scenario.clusterOidcId,
    namespace: scenario.namespace,
    serviceAccountName: scenario.serviceAccountName,
    appName: scenario.podName,
    roleName: scenario.roleName,
    bucketNames: [...scenario.bucketNames],
  };
}

/**
 * The EKS cluster name rule (CreateCluster `name`): 1–100 characters, a letter or digit first,
 * then letters, digits, "-" and "_".
 * https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateCluster.html
 */
export function clusterNameError(name: string): string | null {
  return /^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/.test(name)
    ? null
    : 'A cluster name is 1–100 characters: letters, digits, "-" and "_", starting with a letter or digit.';
}

/** The role ARN in the cluster's account (the generated setup is a same-account one). */
export function setupRoleArn(names: Pick<SetupNames, 'accountId' | 'roleName'>): string {
  return `arn:aws:iam::${names.accountId}:role/${names.roleName}`;
}

/** `https://oidc.eks.<region>.amazonaws.com/id/<ID>`: the cluster's OIDC issuer. */
export function setupIssuerUrl(names: Pick<SetupNames, 'region' | 'clusterOidcId'>): string {
  return `https://oidc.eks.${names.region}.amazonaws.com/id/${names.clusterOidcId}`;
}

/** The IRSA scenario with these names and a correct, generated setup. */
export function irsaScenarioOf(names: SetupNames): Scenario {
  return {
    ...DEFAULT_SCENARIO,
    accountId: names.accountId,
    region: names.region,
    clusterOidcId: names.clusterOidcId,
    namespace: names.namespace,
    serviceAccountName: names.serviceAccountName,
    podName: names.appName,
    roleName: names.roleName,
    bucketNames: names.bucketNames,
    wiring: DEFAULT_SCENARIO.wiring,
  };
}

/** The Pod Identity scenario with these names and a correct setup. */
export function podIdentityScenarioOf(names: SetupNames): PodIdentityScenario {
  return {
    ...DEFAULT_POD_IDENTITY_SCENARIO,
    accountId: names.accountId,
    region: names.region,
    clusterName: names.clusterName,
    clusterOidcId: names.clusterOidcId,
    namespace: names.namespace,
    serviceAccountName: names.serviceAccountName,
    podName: names.appName,
    roleName: names.roleName,
    bucketNames: names.bucketNames,
    wiring: DEFAULT_POD_IDENTITY_SCENARIO.wiring,
  };
}

/**
 * Field → message for every name that breaks its AWS or Kubernetes rule: the lab's rules
 * (`scenarioFieldErrors`), and EKS's for the cluster name. Pod Identity needs no OIDC id.
 */
export function setupFieldErrors(
  names: SetupNames,
  flow: GenerateFlow,
): Partial<Record<SetupField, string>> {
  const lab = scenarioFieldErrors(irsaScenarioOf(names));
  const errors: Partial<Record<SetupField, string | undefined>> = {
    accountId: lab.accountId,
    region: lab.region,
    clusterName: clusterNameError(names.clusterName) ?? undefined,
    clusterOidcId: flow === 'irsa' ? lab.clusterOidcId : undefined,
    namespace: lab.namespace,
    serviceAccountName: lab.serviceAccountName,
    appName: lab.podName?.replace('A pod name', 'An app name'),
    roleName: lab.roleName,
    bucketNames: lab.bucketNames,
  };
  return Object.fromEntries(
    Object.entries(errors).filter((e): e is [string, string] => e[1] !== undefined),
  );
}

/** The role's two policies, as JSON text: exactly what the engine evaluates and the files carry. */
export interface SetupPolicies {
  trust: string;
  permission: string;
}

/**
 * The trust policy the flow needs (IRSA: this cluster's provider, `sub` and `aud`; Pod Identity:
 * `pods.eks.amazonaws.com` with `sts:AssumeRole` and `sts:TagSession`), and a permission policy
 * that lets the pod list its buckets (`s3:ListAllMyBuckets`, the call the walk makes) and read
 * the named buckets.
 */
export function setupPolicies(names: SetupNames, flow: GenerateFlow): SetupPolicies {
  const trust =
    flow === 'irsa'
      ? rolePolicies(irsaScenarioOf(names)).trust
      : podIdentityRolePolicies(podIdentityScenarioOf(names)).trust;
  return { trust, permission: permissionPolicy(names.bucketNames) };
}

function permissionPolicy(buckets: string[]): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'ListBuckets', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
        {
          Sid: 'ReadTheAppBuckets',
          Effect: 'Allow',
          Action: ['s3:ListBucket', 's3:GetObject'],
          Resource: buckets.flatMap((b) => [`arn:aws:s3:::${b}`, `arn:aws:s3:::${b}/*`]),
        },
      ],
    },
    null,
    2,
  );
}

/** The scenario the engine runs: these names, with the generated policies as the role's own. */
export function evaluatedScenario(
  names: SetupNames,
  flow: GenerateFlow,
  policies: SetupPolicies,
): Scenario | PodIdentityScenario {
  const wiring = { trustPolicy: policies.trust, permissionPolicy: policies.permission };
  if (flow === 'irsa') {
    const s = irsaScenarioOf(names);
    return { ...s, wiring: { ...s.wiring, ...wiring } };
  }
  const s = podIdentityScenarioOf(names);
  return { ...s, wiring: { ...s.wiring, ...wiring } };
}
