/** Catalogue: the happy path, and failures before the trust policy (provider, audience, token). */
import type { CatalogueEntry } from './types';

const DECODE_TOKEN =
  'kubectl exec -n {{namespace}} {{podName}} -- cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token | cut -d. -f2 | base64 -d 2>/dev/null | jq .';

export const TOKEN_AND_PROVIDER: CatalogueEntry[] = [
  {
    id: 'happy-path',
    title: 'Everything configured correctly',
    kind: 'works',
    changes: {},
    expected: { step: 6, awsCode: null, message: null },
    cause:
      'The ServiceAccount is annotated, the webhook injected the token and variables, the account has an IAM OIDC provider for the cluster, and the trust policy pins both sub and aud. STS returns credentials and S3 lists the buckets.',
    fix: null,
    verify: [
      'kubectl get serviceaccount {{serviceAccount}} -n {{namespace}} -o yaml',
      'kubectl exec -n {{namespace}} {{podName}} -- env | grep AWS_',
      'kubectl exec -n {{namespace}} {{podName}} -- aws sts get-caller-identity',
    ],
  },
  {
    id: 'no-oidc-provider',
    title: 'No IAM OIDC provider for the cluster',
    kind: 'breaks',
    changes: { wiring: { oidcProviderRegistered: false } },
    expected: {
      step: 2,
      awsCode: 'InvalidIdentityToken',
      message: 'No OpenIDConnect provider found in your account for {{issuerUrl}}',
    },
    cause:
      "STS looks up the token's issuer among the IAM OIDC identity providers of the role's account. The cluster's issuer was never registered (a new cluster, or a recreated one with a new OIDC id), so STS cannot trust any token from it.",
    fix: {
      summary: 'Create the IAM OIDC provider for the cluster issuer',
      changes: { wiring: { oidcProviderRegistered: true } },
    },
    verify: [
      'aws eks describe-cluster --name <cluster-name> --query "cluster.identity.oidc.issuer" --output text',
      'aws iam list-open-id-connect-providers | grep {{clusterOidcId}}',
      'eksctl utils associate-iam-oidc-provider --cluster <cluster-name> --approve',
    ],
  },
  {
    id: 'provider-client-id-typo',
    title: "Token audience not in the provider's client IDs",
    kind: 'breaks',
    changes: { wiring: { providerClientIds: ['sts.amazon.com'] } },
    expected: { step: 3, awsCode: 'InvalidIdentityToken', message: 'Incorrect token audience' },
    cause:
      'The IAM OIDC provider was created with the client ID "sts.amazon.com" (a typo), while the projected token\'s aud is "sts.amazonaws.com". STS accepts a token only when its audience is in the provider\'s client ID list.',
    fix: {
      summary: 'Set the client ID list to sts.amazonaws.com',
      changes: { wiring: { providerClientIds: ['sts.amazonaws.com'] } },
    },
    verify: [
      'aws iam get-open-id-connect-provider --open-id-connect-provider-arn {{providerArn}} --query ClientIDList',
      'aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn {{providerArn}} --client-id sts.amazonaws.com',
      DECODE_TOKEN,
    ],
  },
  {
    id: 'token-audience-annotation-typo',
    title: 'ServiceAccount asks for the wrong token audience',
    kind: 'breaks',
    changes: { wiring: { tokenAudience: 'sts.amazon.com' } },
    expected: { step: 3, awsCode: 'InvalidIdentityToken', message: 'Incorrect token audience' },
    cause:
      'The eks.amazonaws.com/audience annotation makes the webhook request tokens for "sts.amazon.com". The token verifies, but its aud is not one of the provider\'s client IDs, so STS rejects it.',
    fix: {
      summary: 'Remove the audience annotation (default sts.amazonaws.com)',
      changes: { wiring: { tokenAudience: 'sts.amazonaws.com' } },
    },
    verify: [
      'kubectl get serviceaccount {{serviceAccount}} -n {{namespace}} -o jsonpath="{.metadata.annotations}"',
      DECODE_TOKEN,
    ],
  },
  {
    id: 'expired-token',
    title: 'Expired token',
    kind: 'breaks',
    // 90 000 s old: an hour past the 24-hour expiry, well beyond STS's 5-minute clock-skew window.
    changes: { wiring: { tokenAgeSeconds: 90000 } },
    expected: {
      step: 3,
      awsCode: 'ExpiredTokenException',
      // In the deterministic demo mode (clock 2026-11-28T12:00:00Z).
      message:
        'Token expired: current date/time 1795867200 must be before the expiration date/time 1795863600',
    },
    cause:
      'The token sent is more than 24 hours old: a copy taken out of the pod, or a client that read the file once and kept it. The kubelet refreshes the file at 80% of its lifetime; STS refuses a token more than five minutes past its exp.',
    fix: {
      summary: 'Use the token file the kubelet keeps fresh',
      changes: { wiring: { tokenAgeSeconds: 0 } },
    },
    verify: [DECODE_TOKEN + ' | jq ".exp | todate"', 'date -u'],
  },
  {
    id: 'token-within-clock-skew',
    title: 'Token three minutes past exp: still accepted',
    kind: 'works',
    // 86 580 s old: three minutes past the 24-hour expiry, inside the 5-minute window.
    changes: { wiring: { tokenAgeSeconds: 86580 } },
    expected: { step: 6, awsCode: null, message: null },
    cause:
      'The token expired three minutes ago, yet STS accepts it: IAM allows five minutes past exp for clock skew between the issuer and AWS (IAM User Guide, OIDC federation). Step 3 shows the window; a client should still not rely on it.',
    fix: null,
    verify: [DECODE_TOKEN + ' | jq ".exp | todate"', 'date -u'],
  },
  {
    id: 'payload-tampered',
    title: 'Payload changed after signing',
    kind: 'breaks',
    changes: { wiring: { payloadTamperedAfterSigning: true } },
    expected: {
      step: 3,
      awsCode: 'InvalidIdentityToken',
      message:
        'The web identity token that was passed could not be validated by Amazon Web Services. Get a new identity token from the identity provider and then retry the request.',
    },
    cause:
      "Someone rewrote the token's sub to another service account but kept the original signature. The RS256 signature covers header and payload, so verification with the issuer's public key fails.",
    fix: {
      summary: 'Send the token exactly as the kubelet wrote it',
      changes: { wiring: { payloadTamperedAfterSigning: false } },
    },
    verify: [DECODE_TOKEN],
  },
  {
    id: 'rotated-signing-key',
    title: "Signing key's kid not in the JWKS",
    kind: 'breaks',
    changes: { wiring: { signingKeyRotated: true } },
    expected: {
      step: 3,
      awsCode: 'InvalidIdentityToken',
      message:
        "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
    },
    cause:
      "The token's header names a kid that the issuer's JWKS no longer lists: a token from a key that was rotated out, or from another cluster. Without the key, STS cannot check the signature. (EKS rotates its key every 7 days and keeps old public keys until their tokens expire.)",
    fix: {
      summary: 'Use a token signed with a key the JWKS publishes',
      changes: { wiring: { signingKeyRotated: false } },
    },
    verify: [
      'curl -s {{issuerUrl}}/keys | jq ".keys[].kid"',
      'kubectl exec -n {{namespace}} {{podName}} -- cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token | cut -d. -f1 | base64 -d',
    ],
  },
];
