import { describe, expect, it } from 'vitest';
import * as aws from './fixtures-aws';
import * as kubernetes from './fixtures-kubernetes';
import { readPastedDocuments } from './read-document';
import { MAX_YAML_SEPARATORS, parseWithoutStacks, tooManyNodesError } from './yaml-budget';

const FIXTURES = Object.entries({ ...kubernetes, ...aws }).filter(
  (entry): entry is [string, string] => typeof entry[1] === 'string',
);

describe('the cap on YAML nodes', () => {
  it.each(FIXTURES)('lets real output through: %s', (_, text) => {
    expect(tooManyNodesError(text)).toBeNull();
  });

  it('lets a pod with two hundred containers through', () => {
    const container =
      '  - name: app\n    image: public.ecr.aws/x:1\n    env:\n    - name: A\n      value: b\n';
    const pod = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n${container.repeat(200)}`;
    expect(readPastedDocuments(pod)).toMatchObject({ ok: true, value: [{ kind: 'Pod' }] });
  });

  it.each([
    ['a line of a flow sequence', `a: [${'1,'.repeat(MAX_YAML_SEPARATORS)}1]`],
    ['lines of colons', ':\n'.repeat(MAX_YAML_SEPARATORS)],
    ['quotes', '"'.repeat(MAX_YAML_SEPARATORS + 1)],
  ])('refuses %s before parsing, saying why', (_, text) => {
    const read = readPastedDocuments(text);
    expect(!read.ok && read.error.message).toMatch(
      /^The paste has [\d,]+ lines, commas, colons and quotes in [\d,]+ characters: more than any kubectl or aws output/,
    );
  });
});

describe('reading YAML as yaml would, faster', () => {
  it('says a repeated key is one, where it is, in yaml’s words', () => {
    expect(readPastedDocuments('apiVersion: v1\nkind: Pod\nkind: Service\n')).toEqual({
      ok: false,
      error: { message: 'Not valid YAML: Map keys must be unique.', line: 3, column: 1 },
    });
  });

  it('captures no stack while parsing, and restores the limit after', () => {
    const limit = (Error as { stackTraceLimit?: number }).stackTraceLimit;
    const documents = parseWithoutStacks('a: "', {});
    expect(documents[0]?.errors[0]?.stack).not.toMatch(/\n\s+at /);
    expect((Error as { stackTraceLimit?: number }).stackTraceLimit).toBe(limit);
  });
});
