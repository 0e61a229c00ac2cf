// Properties of the parser and its JSON syntax checker (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax';
import { parsePolicy } from './parse-policy';

describe('parsePolicy never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = parsePolicy(text);
        expect(result.ok || result.error.message.length > 0).toBe(true);
      }),
    );
  });

  it('on arbitrary JSON texts, and never calls valid JSON a syntax error', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const result = parsePolicy(text);
        expect(result.ok || result.error.line).toBeFalsy();
      }),
    );
  });

  it('on arbitrary JSON values placed where policy elements go', () => {
    const anything = fc.jsonValue();
    const policy = fc.record({
      Version: fc.oneof(fc.constant('2012-10-17'), anything),
      Statement: fc.oneof(
        anything,
        fc.array(
          fc.record(
            {
              Effect: fc.constantFrom('Allow', 'Deny'),
              Action: anything,
              Resource: anything,
              Principal: anything,
              Condition: anything,
            },
            { requiredKeys: ['Effect'] },
          ),
        ),
      ),
    });
    fc.assert(
      fc.property(policy, (value) => {
        const result = parsePolicy(JSON.stringify(value));
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('the JSON syntax checker agrees with JSON.parse', () => {
  const valid = (text: string): boolean => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };
  const agrees = (text: string): void => {
    const error = findJsonSyntaxError(text);
    if (error === null) expect(valid(text)).toBe(true);
    // The one deliberate difference: duplicate keys, which JSON.parse accepts and IAM does not.
    else if (!error.message.startsWith('Duplicate key')) expect(valid(text)).toBe(false);
    if (error !== null) expect(error.offset).toBeLessThanOrEqual(text.length);
  };
  const jsonish = fc.string({
    unit: fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      ':',
      ',',
      '0',
      '1',
      '-',
      '.',
      'e',
      '+',
      't',
      'r',
      'u',
      'n',
      'l',
      ' ',
      '\n',
      '\\',
      'a',
    ),
    maxLength: 20,
  });

  it('on strings made of JSON punctuation', () => {
    fc.assert(fc.property(jsonish, agrees), { numRuns: 2000 });
  });

  it('on valid JSON with one character inserted or deleted', () => {
    const mutated = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', '"', ',', '}', ']', ':', '\\', '0', 'x', '\n'),
      )
      .map(([text, at, insert]) => {
        const i = at % (text.length + 1);
        return insert === ''
          ? text.slice(0, i) + text.slice(i + 1)
          : text.slice(0, i) + insert + text.slice(i);
      });
    fc.assert(fc.property(mutated, agrees), { numRuns: 1000 });
  });
});
