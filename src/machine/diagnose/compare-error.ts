/**
 * The pasted error message set against the run: the same code and the same words (ARNs, ids
 * and dates aside) mean the run reproduces it. Otherwise the catalogue says which step such an
 * error comes from, and the pastes that decide that step are the ones that disagree with it.
 */
import { canonicalCode, messageSimilarity, parseError } from '../error-text';
import { findByErrorMessage, MAX_PASTE_CHARS } from '../find-by-error';
import type { PasteField } from '../../sim/paste/types';
import { pasteFieldLabel } from '../../sim/paste/wrong-field';
import type { DiagnoseFlow, DiagnosisOutcome, ErrorComparison } from './types';

const SAME_MESSAGE = 0.7;

/**
 * The pastes each IRSA step reads: the pod and its ServiceAccount decide what the SDK sends (1);
 * STS finds the provider of the role's account (2) and checks the token against it (3); IAM
 * evaluates the trust policy against the token's claims (4) and the duration (5); S3 evaluates
 * the permission policy, or the node role when the pod was never given the role (6).
 */
const IRSA_DECIDING: Record<number, PasteField[]> = {
  1: ['pod', 'serviceAccount', 'token'],
  2: ['oidcProviders', 'cluster', 'role', 'serviceAccount', 'pod'],
  3: ['oidcProviders', 'cluster', 'token', 'pod', 'serviceAccount'],
  4: ['role', 'token', 'serviceAccount', 'pod', 'cluster'],
  5: ['role'],
  6: ['permissionPolicy', 'pod', 'serviceAccount'],
};

const listOf = (fields: PasteField[]) => fields.map(pasteFieldLabel).join(', ');

export function compareError(
  flow: DiagnoseFlow,
  pasted: string,
  outcome: DiagnosisOutcome,
  pastedFields: PasteField[],
  stepTitle: (step: number) => string,
): ErrorComparison {
  const text = pasted.slice(0, MAX_PASTE_CHARS);
  const paste = parseError(text);
  const ran =
    outcome.failedAt === null
      ? 'With what you pasted, every step passes'
      : `The run fails at step ${outcome.failedAt} (${outcome.stepTitle}) with ${outcome.awsCode}: ${outcome.message}`;
  if (outcome.failedAt !== null && outcome.message) {
    const codeAgrees =
      paste.code === null || canonicalCode(paste.code) === canonicalCode(outcome.awsCode ?? '');
    const words = messageSimilarity(parseError(outcome.message).tokens, paste.tokens);
    const codeOnly = paste.code !== null && paste.tokens.length <= 1;
    if (codeAgrees && (words >= SAME_MESSAGE || codeOnly))
      return {
        pastedCode: paste.code,
        reproduced: true,
        summary: `The run reproduces your error: step ${outcome.failedAt} (${outcome.stepTitle}) answers ${outcome.awsCode}, "${outcome.message}".`,
        disagreeing: [],
      };
  }

  // Where an error like the pasted one comes from (IRSA's catalogue knows each message's step).
  const origin = flow === 'irsa' ? (findByErrorMessage(text).matches[0] ?? null) : null;
  if (!origin) {
    const others = pastedFields.filter((f) => f !== 'error');
    return {
      pastedCode: paste.code,
      reproduced: false,
      summary: `${ran}, which is not your error${paste.code ? ` (${paste.code})` : ''}. The page cannot tell which step your error comes from; check that each paste is what the failing pod uses (its namespace, its cluster, the role's account).`,
      disagreeing: others,
    };
  }
  const deciding = IRSA_DECIDING[origin.step] ?? [];
  const disagreeing = deciding.filter((f) => pastedFields.includes(f));
  const notPasted = deciding.filter((f) => !pastedFields.includes(f));
  const where = `Your error (${origin.awsCode}, as in “${origin.title}”) comes from step ${origin.step}, ${stepTitle(origin.step)}.`;
  const earlier = outcome.failedAt !== null && outcome.failedAt < origin.step;
  const tail = earlier
    ? ' Fix that first: the pod may be failing the same way, and your error is what comes after it.'
    : `${disagreeing.length > 0 ? ` What you pasted for that step (${listOf(disagreeing)}) passes it, so it disagrees with your error: it may not be what the failing pod uses (another namespace, cluster or account), or it changed since the error was logged.` : ''}${notPasted.length > 0 ? ` Paste the ${listOf(notPasted)} to settle what the page had to assume for that step.` : ''}`;
  return {
    pastedCode: paste.code,
    reproduced: false,
    summary: `${where} ${ran}.${tail}`,
    disagreeing: earlier ? [] : disagreeing,
  };
}
