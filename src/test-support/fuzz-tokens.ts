/**
 * Token-shaped inputs for the token checker's fuzz tests: headers and payloads of every shape a
 * JWT can have (and some it cannot), encoded as compact JWS, pasted with their wrapping, edited.
 */
import fc from 'fast-check';
import { RFC7515_A2_TOKEN } from '../sim/token-check/rfc7515-example';
import { anyText, base64url, mutated, significantText } from './fuzz-inputs';

/**
 * Values named like JavaScript's own: converting `{"toString": 1}` to a string or a number
 * throws, and a token may hold anything. Made by JSON.parse, as decoding makes them (an object
 * literal's `__proto__` would set the prototype instead).
 */
export const hostileJson = fc
  .constantFrom(
    '{"toString": 1}',
    '{"valueOf": 1, "toString": 1}',
    '[{"toString": 1}]',
    '{"constructor": 1}',
    '{"__proto__": {"toString": 1}}',
    '{"toJSON": 1}',
  )
  .map((text) => JSON.parse(text) as unknown);

/** JSON values that survive a JSON round trip unchanged (no -0), hostile ones among them. */
const json = () =>
  fc.oneof(
    {
      arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
      weight: 5,
    },
    { arbitrary: hostileJson, weight: 1 },
  );

export const headerArbitrary = fc.record(
  {
    alg: fc.oneof(
      fc.constantFrom('RS256', 'ES256', 'RS512', 'none', 'HS256', 'PS256', 'EdDSA'),
      json(),
    ),
    kid: fc.oneof(
      fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 40, maxLength: 40 }),
      json(),
    ),
    typ: fc.constant('JWT'),
  },
  { requiredKeys: [] },
);

const epoch = fc.oneof(
  fc.integer({ min: 1_795_000_000, max: 1_797_000_000 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  json(),
);

export const EKS_ISSUER =
  'https://oidc.eks.us-west-2.amazonaws.com/id/5E1D2A3C4B6F7089A1B2C3D4E5F60718';

export const claimsArbitrary = fc.record(
  {
    iss: fc.oneof(fc.constant(EKS_ISSUER), fc.webUrl(), json()),
    sub: fc.oneof(fc.constant('system:serviceaccount:default:my-app'), json()),
    aud: fc.oneof(
      fc.constant('sts.amazonaws.com'),
      fc.array(fc.constantFrom('sts.amazonaws.com', 'pods.eks.amazonaws.com', 'x')),
      json(),
    ),
    iat: epoch,
    nbf: epoch,
    exp: epoch,
    'kubernetes.io': json(),
  },
  { requiredKeys: [] },
);

/** The RFC 7515 example's signature, or any base64url. */
export const signatureArbitrary = fc.oneof(
  fc.constant(RFC7515_A2_TOKEN.split('.')[2]!),
  fc.base64String().map((s) => s.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')),
);

/** A compact JWS with these parts (the signature is not meant to verify). */
export const compact = (header: unknown, claims: unknown, sig: string) =>
  `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}.${sig}`;

/** What people paste around a token: Bearer, quotes, whitespace, a newline. */
export const wrapped = (token: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.constantFrom(
        '',
        'Bearer ',
        'bearer\t',
        '"',
        "'",
        '  ',
        '\n',
        '"Bearer ',
        'Authorization: Bearer ',
      ),
      token,
      fc.constantFrom('', '"', "'", '\n', ' \r\n'),
    )
    .map(([before, text, after]) => `${before}${text}${after}`);

const made = fc
  .tuple(headerArbitrary, claimsArbitrary, signatureArbitrary)
  .map(([h, c, s]) => compact(h, c, s));

/** Structured tokens: well-formed, pasted with their wrapping, or with a few edits; and noise. */
export const tokenText = fc.oneof(
  made,
  wrapped(fc.oneof(fc.constant(RFC7515_A2_TOKEN), made)),
  mutated(fc.oneof(fc.constant(RFC7515_A2_TOKEN), made)),
  // Parts that decode, but not to JSON objects: arrays, strings, broken JSON, invalid UTF-8.
  fc
    .tuple(anyText(40), anyText(40), fc.string({ unit: 'binary-ascii', maxLength: 30 }))
    .map(([h, p, raw]) => `${base64url(h)}.${base64url(p)}.${btoa(raw).replace(/=+$/, '')}`),
  significantText(),
  anyText(),
);
