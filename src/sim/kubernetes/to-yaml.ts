/**
 * Plain JSON → YAML as `kubectl get -o yaml` prints it, written by the `yaml` package (the same
 * library reads pasted YAML, so one grammar both ways). It reaches the page only through
 * `machine/artifacts.ts`, which loads lazily: import this file by path, never via `sim/index.ts`,
 * or `yaml` would join the first load.
 */
import {
  Document,
  type CreateNodeOptions,
  type DocumentOptions,
  type SchemaOptions,
  type ToStringOptions,
} from 'yaml';

const KUBECTL_SCHEMA: DocumentOptions & SchemaOptions & CreateNodeOptions = {
  // kubectl's printer (go-yaml) follows YAML 1.1, where `yes`, `on`, `y`, `1:20` and
  // `2026-11-28T12:00:00Z` are not strings: the 1.1 schema quotes them as kubectl does.
  version: '1.1',
  // A YAML 1.2 reader (this package's default, most current tools) also reads `0o17` as a number:
  // quote what either version would misread, so every reader gets the string back.
  compat: 'core',
  // An object used twice (shared labels) is written out twice: kubectl never writes anchors.
  aliasDuplicateObjects: false,
};

const KUBECTL_STYLE: ToStringOptions = {
  // `containers:` then `- name: …` at the same indent, as kubectl prints lists.
  indentSeq: false,
  // Never fold: tokens, ARNs and certificates must stay on one line to be copied whole.
  lineWidth: 0,
  // Multi-line strings as `|` literal blocks, as kubectl prints last-applied-configuration.
  blockQuote: 'literal',
};

/** Keys keep the order the object holds them in; no `---` marker; no trailing newline. */
export function toYaml(value: unknown): string {
  return new Document(value, KUBECTL_SCHEMA).toString(KUBECTL_STYLE).replace(/\n$/, '');
}
