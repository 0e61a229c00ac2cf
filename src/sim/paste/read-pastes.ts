/**
 * Reads every paste of the Diagnose page at once: each field with its reader, a blank field
 * skipped (it was not pasted), and each field's error kept apart so the page shows it there.
 */
import type { Parsed, ParseError } from '../parse-result';
import { tooLongError } from './paste-values';
import { readAssociation, readCluster, readOidcProviders, readPolicy, readRole } from './read-aws';
import { readPod, readServiceAccount } from './read-kubernetes';
import { readToken } from './read-token';
import type { PastedObjects, PasteField } from './types';

export interface ReadPastes {
  read: PastedObjects;
  errors: Partial<Record<PasteField, ParseError>>;
}

type Readers = {
  [F in Exclude<PasteField, 'error'>]-?: (text: string) => Parsed<NonNullable<PastedObjects[F]>>;
};

const READERS: Readers = {
  serviceAccount: readServiceAccount,
  pod: readPod,
  cluster: readCluster,
  oidcProviders: readOidcProviders,
  role: readRole,
  permissionPolicy: readPolicy,
  token: readToken,
  association: readAssociation,
};

export function readPastes(pastes: Partial<Record<PasteField, string>>): ReadPastes {
  const read: PastedObjects = {};
  const errors: Partial<Record<PasteField, ParseError>> = {};
  for (const field of Object.keys(READERS) as (keyof Readers)[]) {
    const text = pastes[field];
    if (text === undefined || text.trim() === '') continue;
    const result = READERS[field](text);
    if (result.ok) Object.assign(read, { [field]: result.value });
    else errors[field] = result.error;
  }
  // The error message is matched as text later; only its size is checked here.
  const message = pastes.error?.trim();
  if (message) {
    const tooLong = tooLongError(message);
    if (tooLong) errors.error = tooLong;
    else read.error = message;
  }
  return { read, errors };
}
