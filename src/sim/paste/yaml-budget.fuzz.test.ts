// Fuzzing the linear duplicate-key check against the `yaml` package's own (quadratic) one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseAllDocuments } from 'yaml';
import { FUZZ_TIMEOUT_MS, fuzz, timed } from '../../test-support/fuzz';
import { mutated } from '../../test-support/fuzz-inputs';
import { duplicateKeyOffset, mappingsOf } from './yaml-budget';
import { SERVICE_ACCOUNT_YAML } from './fixtures-kubernetes';

/** Small mappings, block and flow, nested, whose keys often repeat. */
const mapping = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'a',
        'b',
        '1',
        '01',
        'true',
        'yes',
        '.nan',
        '~',
        'null',
        '"a"',
        "'b'",
        '&x a',
        '[a]',
        '{a: 1}',
        '? a',
      ),
      fc.constantFrom(
        '1',
        'x',
        '\n  a: 1\n  a: 2',
        '\n  b: 1',
        '[1, 2]',
        '{a: 1, a: 2}',
        '{a: 1, b: 2}',
      ),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}: ${v}`).join('\n'));

describe('duplicateKeyOffset agrees with yaml’s own check', () => {
  it(
    'finds a repeated key exactly when yaml reports DUPLICATE_KEY, and points at it',
    () =>
      fuzz(fc.oneof(mapping, mutated(fc.constant(SERVICE_ACCOUNT_YAML))), (text) => {
        const options = { version: '1.1' as const, lineCounter: new LineCounter() };
        const theirs = parseAllDocuments(text, options);
        const ours = parseAllDocuments(text, { ...options, uniqueKeys: false });
        if ('empty' in theirs || 'empty' in ours) return;
        theirs.forEach((document, i) => {
          const expected = document.errors.find((e) => e.code === 'DUPLICATE_KEY')?.pos[0] ?? -1;
          const offset = timed('YAML duplicate keys (duplicateKeyOffset)', text, () =>
            duplicateKeyOffset(mappingsOf(ours[i]!)),
          );
          expect(offset === -1).toBe(expected === -1);
          // At the repeated key itself, where yaml may count from the whitespace before it
          // (after an empty value). For explicit (`? `) keys, properties and in what yaml made of
          // a broken text the two may differ more: there, its first other error comes first.
          const broken = document.errors.some((e) => e.code !== 'DUPLICATE_KEY');
          if (!broken && !/[?&!]/.test(text) && offset !== -1) {
            expect(text.charAt(offset)).toMatch(/\S/);
            expect(text.slice(expected, offset).trim()).toBe('');
          }
        });
      }),
    FUZZ_TIMEOUT_MS,
  );
});
