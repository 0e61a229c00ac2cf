/**
 * Picks, out of everything pasted in one field, the documents that field reads: a generated file
 * with a ServiceAccount then a Deployment works in the ServiceAccount field. When none fits, the
 * message says what the paste is and where it goes.
 */
import { clip } from '../iam/policy/clip';
import type { Parsed } from '../parse-result';
import { identifyPaste, readPastedDocuments } from './read-document';
import { fail, tooLongError } from './paste-values';
import type { PasteField, PasteKind } from './types';
import { textHint, WORKLOAD_KINDS, wrongFieldMessage } from './wrong-field';

export interface SelectedDocument {
  value: unknown;
  kind: PasteKind;
}

/** The documents of the paste that `accepts` takes, at least one, or why there is none. */
export function selectDocuments(
  text: string,
  field: PasteField,
  accepts: (kind: PasteKind, value: unknown) => boolean,
): Parsed<SelectedDocument[]> {
  const tooLong = tooLongError(text);
  if (tooLong) return { ok: false, error: tooLong };
  // A token parses as a YAML string and many error messages as a YAML mapping: say so first.
  const early = /^\s*(?:bearer\s+)?["']?eyJ/i.test(text) ? textHint(text, field) : null;
  if (early) return fail(early);
  const documents = readPastedDocuments(text);
  if (!documents.ok) {
    const hint = textHint(text, field);
    return hint ? fail(hint) : documents;
  }
  const identified = documents.value.map((value) => ({ value, kind: identifyPaste(value) }));
  const selected = identified.filter(({ kind, value }) => accepts(kind, value));
  if (selected.length > 0) return { ok: true, value: selected };
  // Name the most telling document: a workload (its pods are what the field wants), else the
  // first one we recognise, else the first.
  const shown =
    identified.find(
      ({ kind }) => kind.kind === 'kubernetes' && WORKLOAD_KINDS.has(kind.objectKind),
    ) ?? identified.find(({ kind }) => kind.kind !== 'unknown');
  if (!shown) {
    const hint = textHint(text, field);
    if (hint) return fail(hint);
  }
  const { kind, value } = shown ?? identified[0]!;
  return fail(wrongFieldMessage(kind, field, value));
}

/**
 * The one selected document, or an error asking for one when there are several (`what` is the
 * plural noun; `nameOf` lists the names so the engineer sees which were pasted).
 */
export function onlyOne(
  selected: SelectedDocument[],
  what: string,
  nameOf: (value: unknown) => string | null,
): Parsed<unknown> {
  if (selected.length === 1) return { ok: true, value: selected[0]!.value };
  const names = selected
    .map(({ value }) => nameOf(value))
    .filter((name): name is string => name !== null)
    .map((name) => clip(name, 63));
  const list =
    names.length > 0 ? ` (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''})` : '';
  return fail(`The paste holds ${selected.length} ${what}${list}: paste only the one to check.`);
}
