/** Catalogue: attacks. One succeeds because of a trust-policy hole; two forgeries are rejected. */
import { TRUST_POLICY_WITHOUT_SUB, trustPolicyForSub } from './policies';
import type { CatalogueEntry } from './types';

const FORGED_TOKEN_MESSAGE =
  'The web identity token that was passed could not be validated by Amazon Web Services. Get a new identity token from the identity provider and then retry the request.';

export const ATTACKS: CatalogueEntry[] = [
  {
    id: 'attack-no-sub-condition',
    title: 'Attack: trust policy without a sub condition',
    kind: 'attack',
    // The attacker runs their own pod with their own ServiceAccount, annotated with the role.
    changes: {
      names: { serviceAccountName: 'untrusted-app', podName: 'untrusted-app' },
      wiring: { trustPolicy: TRUST_POLICY_WITHOUT_SUB },
    },
    expected: { step: 6, awsCode: null, message: null },
    cause:
      'The trust policy pins only aud, so any service account in the cluster whose token is for sts.amazonaws.com can assume the role. Here a pod with the ServiceAccount untrusted-app, which was never meant to have it, lists the buckets.',
    flag: 'Security hole: no condition on :sub. Anyone who can create a ServiceAccount and a pod in this cluster can assume this role.',
    fix: {
      summary: 'Pin sub to the intended service account: the attacker is then denied',
      changes: {
        wiring: {
          trustPolicy: trustPolicyForSub('system:serviceaccount:{{namespace}}:my-service-account'),
        },
      },
    },
    verify: [
      'aws iam get-role --role-name {{roleName}} --query Role.AssumeRolePolicyDocument',
      'aws iam list-roles --query "Roles[?contains(to_string(AssumeRolePolicyDocument), \'oidc.eks\')].RoleName"',
    ],
  },
  {
    id: 'attack-alg-none',
    title: 'Attack: unsigned token (alg: none)',
    kind: 'attack',
    changes: { wiring: { tokenForgery: 'alg-none' } },
    expected: { step: 3, awsCode: 'InvalidIdentityToken', message: FORGED_TOKEN_MESSAGE },
    cause:
      'The attacker sends a token with {"alg":"none"} and no signature, hoping the verifier skips the check. STS accepts only RS256/384/512 and ES256/384/512, so the token is rejected before any key is looked up.',
    fix: {
      summary: 'Send the token the kubelet issued',
      changes: { wiring: { tokenForgery: 'none' } },
    },
    verify: [
      'kubectl exec -n {{namespace}} {{podName}} -- cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token | cut -d. -f1 | base64 -d',
    ],
  },
  {
    id: 'attack-hs256-public-key',
    title: 'Attack: HS256 signed with the public key',
    kind: 'attack',
    changes: { wiring: { tokenForgery: 'hs256-with-public-key' } },
    expected: { step: 3, awsCode: 'InvalidIdentityToken', message: FORGED_TOKEN_MESSAGE },
    cause:
      "The attacker signs with HMAC-SHA256 using the issuer's published RSA public key as the secret, hoping a verifier mixes up key types. STS never accepts HMAC algorithms for web identity tokens, so it is rejected.",
    fix: {
      summary: 'Send the token the kubelet issued',
      changes: { wiring: { tokenForgery: 'none' } },
    },
    verify: [
      'curl -s {{issuerUrl}}/.well-known/openid-configuration | jq .id_token_signing_alg_values_supported',
    ],
  },
];
