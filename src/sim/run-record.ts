/** A run's record: one slot per step, filled as the steps run. Kept light: no crypto imported here. */
import type { World } from './prepare-world';
import type {
  IamToOidcStep,
  IamToStsStep,
  PodToS3Step,
  PodToStsStep,
  StsToIamStep,
  StsToPodStep,
} from './steps';

/** Everything a run has produced so far; each step fills its slot. Plain JSON. */
export interface RunRecord {
  world: World | null;
  podToSts: PodToStsStep | null;
  stsToIam: StsToIamStep | null;
  iamToOidc: IamToOidcStep | null;
  iamToSts: IamToStsStep | null;
  stsToPod: StsToPodStep | null;
  podToS3: PodToS3Step | null;
}

/** The step slots in walkthrough order (index + 1 = step number). */
export const STEP_SLOTS = [
  'podToSts',
  'stsToIam',
  'iamToOidc',
  'iamToSts',
  'stsToPod',
  'podToS3',
] as const;
export type StepSlot = (typeof STEP_SLOTS)[number];
export type StepNumber = 1 | 2 | 3 | 4 | 5 | 6;

export const EMPTY_RUN: RunRecord = {
  world: null,
  podToSts: null,
  stsToIam: null,
  iamToOidc: null,
  iamToSts: null,
  stsToPod: null,
  podToS3: null,
};
