// Fuzzing what is pasted on the Diagnose page: each reader and readPastes on real kubectl and
// aws output (YAML and JSON) with edits, on any text, and on pastes up to a megabyte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT_MS, MEGABYTE, MEGABYTE_RUNS, fuzz, timed } from '../../test-support/fuzz';
import {
  anyText,
  huge,
  mutated,
  positionInside,
  repeatTo,
  significantText,
} from '../../test-support/fuzz-inputs';
import type { ParseError } from '../parse-result';
import { RFC7515_A2_TOKEN } from '../token-check/rfc7515-example';
import * as aws from './fixtures-aws';
import * as kubernetes from './fixtures-kubernetes';
import { readAssociation, readCluster, readOidcProviders, readPolicy, readRole } from './read-aws';
import { readPastedDocuments } from './read-document';
import { readPod, readServiceAccount } from './read-kubernetes';
import { readPastes } from './read-pastes';
import { readToken } from './read-token';
import { MAX_PASTE_CHARS, PASTE_FIELDS, type PasteField } from './types';

const FIXTURES = [
  ...Object.values(kubernetes),
  ...Object.values(aws),
  RFC7515_A2_TOKEN,
  `$ kubectl get sa my-app -o yaml\n${kubernetes.SERVICE_ACCOUNT_YAML}`,
].filter((v): v is string => typeof v === 'string');

/** Real outputs, one after another, edited, or any text. */
const pasteText = fc.oneof(
  { arbitrary: fc.constantFrom(...FIXTURES), weight: 1 },
  { arbitrary: mutated(fc.constantFrom(...FIXTURES)), weight: 4 },
  {
    arbitrary: fc
      .array(fc.constantFrom(...FIXTURES), { minLength: 2, maxLength: 3 })
      .map((parts) => parts.join('\n---\n')),
    weight: 1,
  },
  { arbitrary: significantText(), weight: 1 },
  { arbitrary: anyText(), weight: 1 },
);

/** Pastes at the readers' limit (where the parsers work hardest) and beyond it. */
const SIZES = [MAX_PASTE_CHARS, MAX_PASTE_CHARS / 2, MAX_PASTE_CHARS + 1, MEGABYTE];
const hugePaste = huge(
  {
    'a pod with many containers': (size) => {
      const container =
        '  - name: app\n    image: public.ecr.aws/x:1\n    env:\n    - name: AWS_REGION\n      value: us-west-2\n';
      const head =
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: default\nspec:\n  containers:\n';
      return head + repeatTo(container, size - head.length);
    },
    'many documents': (size) => repeatTo(`${kubernetes.SERVICE_ACCOUNT_YAML}\n---\n`, size),
    'a giant annotation': (size) =>
      kubernetes.SERVICE_ACCOUNT_YAML.replace(
        'annotations:',
        `annotations:\n    big: ${repeatTo('x', size - 1200)}`,
      ),
    'a giant JSON list': (size) =>
      `{"apiVersion":"v1","kind":"List","items":[${repeatTo(`${aws.GET_OIDC_PROVIDER_JSON},`, size - 60)}{}]}`,
  },
  SIZES,
);

/** An error says why, briefly, and where only inside the text. */
function expectError(error: ParseError, text: string): void {
  expect(error.message).toMatch(/^\S/);
  expect(error.message.length).toBeLessThan(1500);
  if (error.line !== undefined)
    expect(positionInside(text, error.line, error.column ?? 1), error.message).toBe(true);
}

const READERS: [string, (text: string) => { ok: boolean; error?: ParseError }][] = [
  ['pasted YAML or JSON (readPastedDocuments)', readPastedDocuments],
  ['pasted ServiceAccount (readServiceAccount)', readServiceAccount],
  ['pasted pod (readPod)', readPod],
  ['pasted cluster (readCluster)', readCluster],
  ['pasted OIDC providers (readOidcProviders)', readOidcProviders],
  ['pasted role (readRole)', readRole],
  ['pasted policy (readPolicy)', readPolicy],
  ['pasted token (readToken)', readToken],
  ['pasted association (readAssociation)', readAssociation],
];

function readEach(text: string): void {
  for (const [surface, read] of READERS) {
    // Each reader pays for its own parse, as on the page where each field has its own text:
    // reading something else first empties readPastedDocuments' one-entry memo.
    readPastedDocuments('');
    const result = timed(surface, text, () => read(text));
    if (!result.ok) expectError(result.error!, text);
  }
}

const FIELDS = PASTE_FIELDS.filter((f): f is Exclude<PasteField, 'error'> => f !== 'error');

function readAll(pastes: Partial<Record<PasteField, string>>): void {
  const { read, errors } = timed('all the Diagnose pastes (readPastes)', pastes, () =>
    readPastes(pastes),
  );
  for (const field of FIELDS) {
    const text = pastes[field] ?? '';
    // A blank field was not pasted; any other is read, or has its own error.
    if (text.trim() === '') expect([field in read, field in errors]).toEqual([false, false]);
    else expect(field in read).not.toBe(field in errors);
    const error = errors[field];
    if (error) expectError(error, text);
  }
  const message = pastes.error?.trim() ?? '';
  if (message !== '') expect(read.error ?? errors.error?.message).toBeTruthy();
}

describe('no reader throws; each answers its object or one message, positioned inside the paste', () => {
  it('on real outputs with edits, and any text', () => fuzz(pasteText, readEach), FUZZ_TIMEOUT_MS);

  it(
    'on pastes at the size limit and up to a megabyte',
    () => fuzz(hugePaste, readEach, MEGABYTE_RUNS),
    FUZZ_TIMEOUT_MS,
  );
});

describe('readPastes reads every field at once', () => {
  const field = fc.oneof(fc.constant(''), pasteText);
  it(
    'each pasted field is read or has its own error, and blank ones are neither',
    () =>
      fuzz(
        fc.record(
          Object.fromEntries([...FIELDS, 'error'].map((f) => [f, field])) as Record<
            PasteField,
            fc.Arbitrary<string>
          >,
          { requiredKeys: [] },
        ),
        readAll,
      ),
    FUZZ_TIMEOUT_MS,
  );

  it(
    'with a megabyte in one field',
    () =>
      fuzz(
        fc.tuple(fc.constantFrom<PasteField>(...FIELDS, 'error'), hugePaste),
        ([name, text]) =>
          readAll({ [name]: text, serviceAccount: kubernetes.SERVICE_ACCOUNT_YAML }),
        MEGABYTE_RUNS,
      ),
    FUZZ_TIMEOUT_MS,
  );
});

describe('readPastedDocuments round-trips JSON', () => {
  it(
    'gives back any JSON object it is given',
    () =>
      fuzz(
        fc
          .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 4 }), { minKeys: 1 })
          .map((v) => JSON.parse(JSON.stringify(v)) as Record<string, unknown>)
          // A Kubernetes List is read as its items; `{{ }}` is refused as a Helm template.
          .filter((v) => !JSON.stringify(v).includes('{{') && typeof v.kind !== 'string'),
        (value) => {
          const text = JSON.stringify(value, null, 2);
          const result = timed('pasted YAML or JSON (readPastedDocuments)', text, () =>
            readPastedDocuments(text),
          );
          expect(result).toEqual({ ok: true, value: [value] });
        },
      ),
    FUZZ_TIMEOUT_MS,
  );
});
