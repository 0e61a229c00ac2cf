/** Test-only: running Diagnose deterministically and reading its answer. */
import { expect } from 'vitest';
import { DETERMINISTIC_SETTINGS } from '../environment';
import { diagnose } from './diagnose';
import {
  clusterJson,
  getRoleJson,
  podYaml,
  policyVersionYaml,
  providerGetJson,
  providerListJson,
  serviceAccountYaml,
  trustPolicy,
} from './paste-sets';
import type { DiagnoseFlow, Diagnosis, Pastes } from './types';

/** "Now" for pasted tokens: a day after the demo clock. */
export const NOW = Date.parse('2026-11-29T12:00:00Z') / 1000;

export const run = (pastes: Pastes, flow: DiagnoseFlow = 'irsa') =>
  diagnose(flow, pastes, DETERMINISTIC_SETTINGS, NOW);

/** The diagnosis ran (no field error) and stopped where expected (null: every step passed). */
export function expectStop(d: Diagnosis, step: number | null, awsCode: string | null = null) {
  expect(d.fieldErrors).toEqual({});
  expect(d.run?.outcome.failedAt ?? null).toBe(step);
  expect(d.run?.outcome.awsCode ?? null).toBe(awsCode);
}

export const assumed = (d: Diagnosis) => d.run!.assumptions.map((a) => a.field);
export const fixIds = (d: Diagnosis) => d.run!.fixes.map((f) => f.id);
/** Every command and document the fixes give, as one text. */
export const allCode = (d: Diagnosis) =>
  d.run!.fixes.flatMap((f) => f.steps.map((s) => s.code ?? '')).join('\n');

/** A working IRSA set: every field but the token and the error. */
export const FULL: Pastes = {
  serviceAccount: serviceAccountYaml(),
  pod: podYaml(),
  cluster: clusterJson(),
  oidcProviders: `${providerListJson()}\n${providerGetJson(['sts.amazonaws.com'])}`,
  role: getRoleJson(trustPolicy()),
  permissionPolicy: policyVersionYaml(true),
};
