/**
 * The Diagnose page's contract: what goes in (the pasted texts, never stored or sent) and what
 * comes out (how each paste was read, what had to be assumed, where the run stops, the fixes in
 * the user's own names, and whether the run reproduces the pasted error).
 */
import type { PasteField } from '../../sim/paste/types';

export type { PasteField };

export type DiagnoseFlow = 'irsa' | 'pod-identity';

/** The pasted texts by field; a missing or blank field was not pasted. */
export type Pastes = Partial<Record<PasteField, string>>;

/** One fact the run needed that no paste gave: what was assumed and how to settle it. */
export interface Assumption {
  /** The field whose paste would settle it. */
  field: PasteField;
  /** The fact, in AWS or Kubernetes words: "The role's trust policy". */
  fact: string;
  /** What the run used instead: "the one `eksctl create iamserviceaccount` writes for these names". */
  assumed: string;
  /** The command whose output settles it, with the user's names where known. */
  command: string;
}

/** How one paste was read: a sentence a learner can check against what they pasted. */
export interface ReadAs {
  field: PasteField;
  summary: string;
}

/** One step of a fix: a sentence, and optionally text to copy (a command, a policy, YAML). */
export interface FixStep {
  text: string;
  code?: string;
  language?: 'shell' | 'json' | 'yaml';
}

/** A cause the engine confirmed: with this repair applied, the run gets past the hop. */
export interface DiagnosisFix {
  id: string;
  /** Short: "Add the provider's audience to the token". */
  title: string;
  /** Why AWS answers as it does, in the user's names. */
  cause: string;
  steps: FixStep[];
  /** The paste that changes once the fix is applied (paste it again to check). */
  field: PasteField;
}

/** Where a run ended: the step (1-based) that refused, or null when every step passed. */
export interface DiagnosisOutcome {
  failedAt: number | null;
  /** The failing step's title from the flow table (null on success). */
  stepTitle: string | null;
  awsCode: string | null;
  message: string | null;
}

/** The pasted error message set against the run. */
export interface ErrorComparison {
  /** The AWS code read out of the paste (through the SDK's wrapping), if any. */
  pastedCode: string | null;
  /** The run fails with this code and the same message (ARNs and ids aside). */
  reproduced: boolean;
  /** One or two sentences: reproduced, or where the pasted error comes from and what disagrees. */
  summary: string;
  /** The pasted objects that decide the hop the pasted error comes from (when not reproduced). */
  disagreeing: PasteField[];
}

export interface Diagnosis {
  flow: DiagnoseFlow;
  /** Field → message (with line and column where the text has them). Any error stops the run. */
  fieldErrors: Partial<Record<PasteField, string>>;
  /** Null when a field error stopped it: nothing was run. */
  run: DiagnosisRun | null;
}

export interface DiagnosisRun {
  readAs: ReadAs[];
  assumptions: Assumption[];
  outcome: DiagnosisOutcome;
  /** The causes in the order the run meets them; the first is the failing hop's. Empty on success. */
  fixes: DiagnosisFix[];
  /** The run with every fix applied (null when there is nothing to fix). */
  fixedOutcome: DiagnosisOutcome | null;
  /** Null when no error message was pasted. */
  error: ErrorComparison | null;
}
