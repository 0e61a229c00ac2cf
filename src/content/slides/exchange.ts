import type { Slide } from './types';

const irsaStep = (step: number) => ({ flow: 'irsa' as const, scenario: null, step });

/** One slide per step of IRSA's exchange, on the default scenario (the one that works). */
export const EXCHANGE: Slide[] = [
  {
    id: 'step-1',
    kind: 'step',
    title: '1. The pod sends its token and role ARN to STS',
    narration:
      'The SDK reads AWS_ROLE_ARN and the token file and calls AssumeRoleWithWebIdentity: an unsigned request in which the token is the only proof.',
    run: irsaStep(1),
    artifact: {
      id: 'sts-request',
      keep: ['POST', 'Host:', 'Action=', 'RoleArn=', 'RoleSessionName=', 'WebIdentityToken='],
    },
    notes: {
      points: [
        'The pod has no AWS keys at all. The SDK finds the two variables the webhook injected, further down its default credential chain.',
        'AssumeRoleWithWebIdentity needs no SigV4 signature: whoever holds the token can make this call. That is why the token file matters.',
        'Recent SDKs call the regional STS endpoint by default (botocore since 1.40.0); AWS_STS_REGIONAL_ENDPOINTS=regional asks older ones to.',
      ],
      questions: [
        {
          question: 'What if the container also has AWS_ACCESS_KEY_ID set?',
          answer:
            'Environment keys come first in the chain, so the SDK never reaches web identity; the catalogue entry "static keys in the environment" shows the result.',
        },
      ],
    },
  },
  {
    id: 'step-2',
    kind: 'step',
    title: '2. STS asks IAM to verify',
    narration:
      "STS reads the token's iss and looks for an IAM OIDC provider with that URL in the role's account; without one it stops here.",
    run: irsaStep(2),
    artifact: {
      id: 'unverified',
      keep: [
        '"header"',
        '"alg"',
        '"kid"',
        '"claims"',
        '"aud"',
        '"sts.amazonaws.com"',
        '"exp"',
        '"iss"',
        '"sub"',
      ],
    },
    notes: {
      points: [
        'Nothing is trusted yet: STS is only reading the token to know whom to ask.',
        'The IAM OIDC provider is a resource in the account, created once per cluster (eksctl utils associate-iam-oidc-provider).',
        '"STS asks IAM" is a simplification: it is a lookup inside AWS, not an API call you could observe.',
      ],
      questions: [
        {
          question: 'Is the OIDC provider per cluster or per account?',
          answer:
            "Per cluster issuer, in each account whose roles the pods assume. Cross-account roles need the provider in the role's account.",
        },
      ],
    },
  },
  {
    id: 'step-3',
    kind: 'step',
    title: "3. IAM checks the token with the cluster's OIDC provider",
    narration:
      "The issuer's discovery document names its JWKS; the key with the token's kid verifies the RS256 signature, then iss, aud and exp are checked.",
    run: irsaStep(3),
    artifact: {
      id: 'jwks-response',
      keep: ['HTTP/', 'Content-Type', '"kty"', '"kid"', '"use"', '"alg"', '"n"', '"e"'],
    },
    notes: {
      points: [
        'In reality STS fetches https://<issuer>/.well-known/openid-configuration and the jwks_uri it names, over HTTPS, from the EKS-hosted issuer.',
        "The signature is verified with the public key whose kid matches the token header's kid. Here jose did that, in this browser.",
        "aud must be one of the provider's client IDs (sts.amazonaws.com); exp is checked with a small clock-skew allowance.",
      ],
      questions: [
        {
          question: 'What about the thumbprint?',
          answer:
            "AWS checks the JWKS endpoint's TLS certificate against its own library of trusted root CAs, which covers EKS's issuers; the thumbprint is used only for an issuer whose certificate none of them signed.",
        },
      ],
    },
  },
  {
    id: 'step-4',
    kind: 'step',
    title: '4. IAM answers STS: the trust policy is evaluated',
    narration:
      "The role's trust policy must allow sts:AssumeRoleWithWebIdentity for this provider, with conditions on the token's sub and aud.",
    run: irsaStep(4),
    artifact: {
      id: 'trust-policy',
      keep: ['"Effect"', '"Federated"', '"Action"', 'StringEquals', ':sub"', ':aud"'],
    },
    notes: {
      points: [
        'The Federated principal is the provider ARN; the condition keys are <issuer host/path>:sub and :aud.',
        'sub is system:serviceaccount:<namespace>:<serviceaccount>. It is what ties the role to one ServiceAccount; without it, any pod in the cluster can assume the role.',
        'StringEquals compares literally; use StringLike only when you mean a wildcard.',
      ],
      questions: [
        {
          question: 'Can one role serve two ServiceAccounts?',
          answer:
            'Yes: list both sub values in one StringEquals, or add a statement per cluster. The trust policy is limited to 2048 characters by default, which is what pushes large fleets to Pod Identity.',
        },
      ],
    },
  },
  {
    id: 'step-5',
    kind: 'step',
    title: '5. STS returns temporary credentials',
    narration:
      'STS answers with an access key ID, a secret key and a session token for the role, valid for an hour by default.',
    run: irsaStep(5),
    artifact: {
      id: 'sts-response',
      keep: [
        '<Arn>',
        '<AccessKeyId>',
        '<SessionToken>',
        '<Expiration>',
        '<SubjectFromWebIdentityToken>',
      ],
    },
    notes: {
      points: [
        "The session is assumed-role/<role>/<session name>, and the response names the token's subject (SubjectFromWebIdentityToken): you can tell which ServiceAccount it was.",
        'The SDK caches these credentials and calls STS again before they expire, reading the token file again (the kubelet keeps it fresh).',
      ],
      questions: [
        {
          question: 'Can I get longer sessions?',
          answer:
            "Up to the role's maximum session duration (1 to 12 hours), if the client asks with DurationSeconds; the SDK's web identity provider usually does not.",
        },
      ],
    },
  },
  {
    id: 'step-6',
    kind: 'step',
    title: '6. The pod calls S3 with them',
    narration:
      "The SDK signs ListBuckets with SigV4 using the temporary keys and sends the session token; S3 recomputes the signature and checks the role's permissions.",
    run: irsaStep(6),
    artifact: {
      id: 's3-request',
      keep: ['GET', 'Host:', 'X-Amz-Date:', 'X-Amz-Security-Token:', 'Authorization:'],
    },
    notes: {
      points: [
        'From here on it is ordinary AWS: the permission policy of the role decides, not the trust policy.',
        'The signature was computed here with WebCrypto (HMAC-SHA-256 over the canonical request); S3 recomputed it to accept the call.',
      ],
      questions: [
        {
          question: 'Why does S3 need the session token?',
          answer:
            'Temporary access keys (ASIA…) are only valid with their session token; without it S3 answers 403 InvalidAccessKeyId.',
        },
      ],
    },
  },
];
