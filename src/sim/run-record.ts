/**
 * IRSA's steps and a run's record. A step has one identity, its id: the key of its record here,
 * the hop its errors name, the machine state that runs it and the key of its words in content.
 * Its number is only its place in this list. Kept light: no crypto imported here.
 */
import type { World } from './prepare-world';
import type {
  IamToOidcStep,
  IamToStsStep,
  PodToS3Step,
  PodToStsStep,
  StsToIamStep,
  StsToPodStep,
} from './steps';

/** IRSA's six steps, in order. */
export const IRSA_STEP_IDS = [
  'pod-to-sts',
  'sts-to-iam',
  'iam-to-oidc',
  'iam-to-sts',
  'sts-to-pod',
  'pod-to-s3',
] as const;
export type IrsaStepId = (typeof IRSA_STEP_IDS)[number];

/** What each step records. */
export interface IrsaStepRecords {
  'pod-to-sts': PodToStsStep;
  'sts-to-iam': StsToIamStep;
  'iam-to-oidc': IamToOidcStep;
  'iam-to-sts': IamToStsStep;
  'sts-to-pod': StsToPodStep;
  'pod-to-s3': PodToS3Step;
}
export type IrsaStepRecord = IrsaStepRecords[IrsaStepId];

/** Everything a run has produced so far: the world, and each step's record by id. Plain JSON. */
export interface RunRecord {
  world: World | null;
  steps: { [K in IrsaStepId]: IrsaStepRecords[K] | null };
}

export const EMPTY_RUN: RunRecord = {
  world: null,
  steps: {
    'pod-to-sts': null,
    'sts-to-iam': null,
    'iam-to-oidc': null,
    'iam-to-sts': null,
    'sts-to-pod': null,
    'pod-to-s3': null,
  },
};
