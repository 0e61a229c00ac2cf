import type { DiagnosisOutcome } from '../../machine/diagnose/types';

/** What the page says when the pod's S3 call went through. */
export const SUCCESS = 'Every step passed: the pod lists its buckets';

/**
 * Where a run ended, as the verdict's heading: "Fails at step 4 of 6: <title>", or at Setup
 * (step 0: the flow refused before the exchange began, e.g. a cross-account association).
 */
export function outcomeTitle(outcome: DiagnosisOutcome, stepCount: number | null): string {
  if (outcome.failedAt === null) return SUCCESS;
  const title = outcome.stepTitle ? `: ${outcome.stepTitle}` : '';
  if (outcome.failedAt === 0) return `Fails at Setup${title}`;
  const of = stepCount === null ? '' : ` of ${stepCount}`;
  return `Fails at step ${outcome.failedAt}${of}${title}`;
}
