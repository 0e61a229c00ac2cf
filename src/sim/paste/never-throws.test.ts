import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAssociation, readCluster, readOidcProviders, readPolicy, readRole } from './read-aws';
import { readPastedDocuments } from './read-document';
import { readPod, readServiceAccount } from './read-kubernetes';
import { readPastes } from './read-pastes';
import { readToken } from './read-token';

describe('no paste makes a reader throw', () => {
  const readers = [
    readPastedDocuments,
    readServiceAccount,
    readPod,
    readCluster,
    readOidcProviders,
    readRole,
    readPolicy,
    readToken,
    readAssociation,
  ];
  // Mixes the characters YAML and JSON give meaning to, so the parsers' error paths are reached.
  const pasteLike = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc
      .array(
        fc.constantFrom(
          '{',
          '}',
          '[',
          ']',
          '"',
          "'",
          ':',
          ',',
          '-',
          '---\n',
          '\n',
          '  ',
          'a',
          '1',
          '&x',
          '*x',
          '{{',
          '}}',
          '|',
          '%7B',
          'kind: Pod',
        ),
        { maxLength: 80 },
      )
      .map((parts) => parts.join('')),
  );

  it('for arbitrary text', () => {
    fc.assert(
      fc.property(pasteLike, (text) => {
        for (const read of readers) expect(typeof read(text).ok).toBe('boolean');
        expect(readPastes({ pod: text, error: text }).read).toBeTypeOf('object');
      }),
      { numRuns: 300 },
    );
  });

  it('for pathological nesting, refused before any parser recurses', () => {
    for (const text of ['['.repeat(100_000), `a: ${'{a: '.repeat(20_000)}`, '- '.repeat(50_000)]) {
      for (const read of readers) expect(typeof read(text).ok).toBe('boolean');
      const read = readPastedDocuments(text);
      expect(!read.ok && read.error.message).toContain('nests deeper than 200 levels');
    }
  });
});
