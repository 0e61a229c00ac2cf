/**
 * Reads the pod's projected token (`cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token`,
 * or `…/eks-pod-identity-token`): decoded, never verified, since the page has no key to check
 * it with. What it says about the pod comes from its `kubernetes.io` claim, or else its `sub`.
 */
import type { Parsed } from '../parse-result';
import { decodeToken } from '../token-check/decode-token';
import { identifyPaste, readPastedDocuments } from './read-document';
import {
  fail,
  isRecord,
  neverThrows,
  numberAt,
  recordAt,
  stringAt,
  tooLongError,
} from './paste-values';
import type { PastedToken } from './types';
import { wrongFieldMessage } from './wrong-field';

/** `system:serviceaccount:NAMESPACE:NAME`, the subject Kubernetes gives ServiceAccount tokens. */
const SERVICE_ACCOUNT_SUBJECT = /^system:serviceaccount:([^:]+):([^:]+)$/;

export function readToken(text: string): Parsed<PastedToken> {
  return neverThrows(() => {
    const tooLong = tooLongError(text);
    if (tooLong) return { ok: false, error: tooLong };
    if (text.trim() === '') return fail('Nothing pasted: paste the token here.');
    const decoded = decodeToken(tokenRequestToken(text) ?? text);
    if (!decoded.ok) return wrongPaste(text) ?? decoded;
    const { header, claims } = decoded.value;
    const sub = stringAt(claims, 'sub');
    const kubernetes = recordAt(claims, 'kubernetes.io');
    const subject = sub === null ? null : SERVICE_ACCOUNT_SUBJECT.exec(sub);
    return {
      ok: true,
      value: {
        header,
        claims,
        iss: stringAt(claims, 'iss'),
        sub,
        aud: audiences(claims.aud),
        exp: numberAt(claims, 'exp'),
        iat: numberAt(claims, 'iat'),
        namespace: stringAt(kubernetes, 'namespace') ?? subject?.[1] ?? null,
        serviceAccount:
          stringAt(recordAt(kubernetes, 'serviceaccount'), 'name') ?? subject?.[2] ?? null,
        podName: stringAt(recordAt(kubernetes, 'pod'), 'name'),
      },
    };
  });
}

/** `aud` is a string or a list of strings (RFC 7519 §4.1.3): always a list here. */
function audiences(aud: unknown): string[] {
  if (typeof aud === 'string') return [aud];
  return Array.isArray(aud)
    ? aud.filter((entry): entry is string => typeof entry === 'string')
    : [];
}

/**
 * `kubectl create token SA -o yaml|json` prints a TokenRequest, the token in `status.token`: read
 * that. Null when the text is not one (a bare token is the usual paste).
 */
function tokenRequestToken(text: string): string | null {
  if (!/TokenRequest/.test(text)) return null;
  const documents = readPastedDocuments(text);
  if (!documents.ok) return null;
  const request = documents.value.find((value) => isRecord(value) && value.kind === 'TokenRequest');
  return stringAt(recordAt(request, 'status'), 'token');
}

/** A ServiceAccount, a pod or AWS output pasted here instead: say where it goes. */
function wrongPaste(text: string): Parsed<never> | null {
  const documents = readPastedDocuments(text);
  if (!documents.ok) return null;
  const first = documents.value.find(
    (value) => isRecord(value) && identifyPaste(value).kind !== 'unknown',
  );
  return first === undefined ? null : fail(wrongFieldMessage(identifyPaste(first), 'token', first));
}
