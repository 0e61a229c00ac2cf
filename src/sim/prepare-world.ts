import { isoSeconds } from './clock';
import { generatePermissionPolicy, generateTrustPolicy } from './iam/generate-policies';
import type { IamAccount } from './iam/types';
import { createServiceAccount } from './kubernetes/create-service-account';
import { createPodManifest, mutatePod, type PodMutation } from './kubernetes/mutate-pod';
import {
  replacePayloadAfterSigning,
  requestServiceAccountToken,
  type ProjectedToken,
} from './kubernetes/request-service-account-token';
import type { Pod, ServiceAccount } from './kubernetes/types';
import { issuerUrl, oidcProviderArn, roleArn, serviceAccountSubject } from './names';
import { createIssuerKeys, type IssuerKeys } from './oidc/create-issuer-keys';
import {
  buildDiscoveryDocument,
  buildJwks,
  type DiscoveryDocument,
  type Jwks,
} from './oidc/discovery';
import type { RunEnvironment } from './run-environment';
import type { Scenario } from './scenario';

/** The simulated world after preparation: keys, cluster objects, the token, IAM and S3. Plain JSON. */
export interface World {
  scenario: Scenario;
  issuer: { url: string; keys: IssuerKeys; discovery: DiscoveryDocument; jwks: Jwks };
  kubernetes: {
    serviceAccount: ServiceAccount;
    /** The pod as written, before admission. */
    podManifest: Pod;
    /** The webhook's patch and the resulting pod; null if the webhook left the pod alone. */
    mutation: PodMutation | null;
    /** The token file's content; null when no token volume was projected. */
    token: ProjectedToken | null;
  };
  iam: IamAccount;
  s3: { ownerId: string; buckets: { Name: string; CreationDate: string }[] };
}

const THUMBPRINT = '9e99a48a9960b14926bb7f3b02e22da2b0ab7280';
const ROLE_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * Preparation, before step 1: the issuer's keys, the ServiceAccount, the webhook's mutation of
 * the pod, the kubelet's projected token, and the IAM and S3 state the scenario describes.
 */
export async function prepareWorld(scenario: Scenario, env: RunEnvironment): Promise<World> {
  const ids = env.ids('setup');
  const { wiring } = scenario;
  const issuer = issuerUrl(scenario);
  const keys = await createIssuerKeys({ origin: env.keys, rotated: wiring.signingKeyRotated });

  const serviceAccount = createServiceAccount(scenario, ids);
  const podManifest = createPodManifest(scenario, ids);
  const mutation = mutatePod(podManifest, serviceAccount, scenario.region);
  let token: ProjectedToken | null = null;
  if (mutation) {
    token = await requestServiceAccountToken({
      issuer,
      key: keys.signing,
      serviceAccount,
      pod: mutation.pod,
      audience: mutation.audience,
      expirationSeconds: mutation.expirationSeconds,
      clock: env.clock,
      ageSeconds: wiring.tokenAgeSeconds,
    });
    if (wiring.payloadTamperedAfterSigning) token = tamper(token, scenario.namespace);
  }

  const providerArn = oidcProviderArn(scenario.accountId, issuer);
  const now = env.clock.now();
  const iam: IamAccount = {
    accountId: scenario.accountId,
    oidcProviders: wiring.oidcProviderRegistered
      ? [
          {
            Arn: providerArn,
            Url: issuer.replace(/^https:\/\//, ''),
            ClientIDList: wiring.providerClientIds,
            ThumbprintList: [THUMBPRINT],
          },
        ]
      : [],
    roles: [
      {
        RoleName: scenario.roleName,
        Arn: roleArn(scenario),
        RoleId: `AROA${ids.chars(17, ROLE_ID_ALPHABET)}`,
        MaxSessionDuration: scenario.roleMaxSessionDurationSeconds,
        AssumeRolePolicyDocument:
          wiring.trustPolicy ??
          generateTrustPolicy({
            providerArn,
            issuer,
            subject: serviceAccountSubject(scenario.namespace, scenario.serviceAccountName),
            audience: 'sts.amazonaws.com',
          }),
        PermissionPolicy: wiring.permissionPolicy ?? generatePermissionPolicy(),
      },
    ],
  };
  const s3 = {
    ownerId: ids.hex(64),
    buckets: scenario.bucketNames.map((Name, i) => ({
      Name,
      CreationDate: isoSeconds(new Date(now.getTime() - (30 + 7 * i) * 86_400_000)).replace(
        'Z',
        '.000Z',
      ),
    })),
  };
  return {
    scenario,
    issuer: {
      url: issuer,
      keys,
      discovery: buildDiscoveryDocument(issuer),
      jwks: buildJwks(keys.published),
    },
    kubernetes: { serviceAccount, podManifest, mutation, token },
    iam,
    s3,
  };
}

/** An attacker rewrites `sub` to another service account and keeps the original signature. */
function tamper(token: ProjectedToken, namespace: string): ProjectedToken {
  const claims = { ...token.claims, sub: serviceAccountSubject(namespace, 'admin') };
  return { ...token, claims, compact: replacePayloadAfterSigning(token.compact, claims) };
}
