// Fuzzing the token text: decodeToken, and the cleaning of what people paste around a token.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { huge, repeatTo } from '../../test-support/fuzz-inputs';
import {
  claimsArbitrary,
  compact,
  headerArbitrary,
  signatureArbitrary,
  tokenText,
} from '../../test-support/fuzz-tokens';
import { FUZZ_TIMEOUT_MS, MEGABYTE_RUNS, fuzz, timed } from '../../test-support/fuzz';
import { cleanPastedToken } from './clean-pasted-token';
import { decodeToken, MAX_TOKEN_LENGTH } from './decode-token';

const SURFACE = 'token text (decodeToken)';

function checkShape(input: string): void {
  const result = timed(SURFACE, input, () => decodeToken(input));
  if (result.ok) {
    const { header, claims, segments } = result.value;
    expect(segments.join('.')).toBe(cleanPastedToken(input).token);
    for (const part of [header, claims]) {
      expect(typeof part === 'object' && part !== null && !Array.isArray(part)).toBe(true);
    }
  } else {
    expect(result.error.message).toMatch(/^\S.*[.)]$/s);
    // A pasted megabyte must never become the message.
    expect(result.error.message.length).toBeLessThan(400);
  }
}

describe('decodeToken never throws and answers a value or one short message', () => {
  it(
    'on structured, wrapped and edited tokens and on random text',
    () => fuzz(tokenText, checkShape),
    FUZZ_TIMEOUT_MS,
  );

  it(
    'on inputs of up to a megabyte, and on giant parts just under STS’s limit',
    () => {
      const underLimit = fc
        .constantFrom('A', '-_', 'eyJ', 'e.', '.')
        .map((unit) => repeatTo(unit, MAX_TOKEN_LENGTH));
      fuzz(fc.oneof(huge(), underLimit), checkShape, MEGABYTE_RUNS);
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('decodeToken round-trips what it decodes', () => {
  it(
    'gives back the header and payload a token was made of, whatever is pasted around it',
    () =>
      fuzz(
        fc.tuple(
          headerArbitrary,
          claimsArbitrary,
          signatureArbitrary,
          fc.constantFrom('', 'Bearer ', '"', ' \n'),
        ),
        ([header, claims, sig, around]) => {
          const token = compact(header, claims, sig);
          const text = around === '"' ? `"${token}"` : `${around}${token}`;
          const result = timed(SURFACE, text, () => decodeToken(text));
          expect(result.ok && result.value).toEqual({
            header,
            claims,
            segments: token.split('.'),
          });
        },
      ),
    FUZZ_TIMEOUT_MS,
  );
});
