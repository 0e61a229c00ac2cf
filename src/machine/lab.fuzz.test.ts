// Fuzzing the lab's field rules as views call them: scenario fields, policy text, token text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../sim/iam/policy';
import { decodeToken } from '../sim/token-check/decode-token';
import { FUZZ_TIMEOUT_MS, MEGABYTE_RUNS, fuzz, timed } from '../test-support/fuzz';
import { anyText, huge, mutated, positionInside } from '../test-support/fuzz-inputs';
import { hugePolicyShapes, policyText } from '../test-support/fuzz-policies';
import { fieldText, seconds, VALID_FIELDS } from '../test-support/fuzz-scenarios';
import { tokenText } from '../test-support/fuzz-tokens';
import { DEFAULT_SCENARIO, policyTextError, scenarioFieldErrors, tokenTextError } from './lab';

/** `Line L, column C: …` must point inside the text; any message is one short paragraph. */
function expectMessage(message: string, text: string): void {
  expect(message).toMatch(/^\S/);
  expect(message.length).toBeLessThan(700);
  const at = /^Line (\d+), column (\d+): /.exec(message);
  if (at) expect(positionInside(text, Number(at[1]), Number(at[2]))).toBe(true);
}

describe('policyTextError: null exactly for a valid policy, else where and why', () => {
  const check = (text: string) => {
    const error = timed('lab policy field (policyTextError)', text, () => policyTextError(text));
    expect(error === null).toBe(parsePolicy(text).ok);
    if (error !== null) expectMessage(error, text);
  };
  it(
    'on valid policies, edited ones and any text',
    () => fuzz(fc.oneof(policyText, mutated(policyText), anyText()), check),
    FUZZ_TIMEOUT_MS,
  );
  it('on a megabyte', () => fuzz(huge(hugePolicyShapes), check, MEGABYTE_RUNS), FUZZ_TIMEOUT_MS);
});

describe('tokenTextError: null exactly for text that decodes as a token', () => {
  const check = (text: string) => {
    const error = timed('checker token field (tokenTextError)', text, () => tokenTextError(text));
    expect(error === null).toBe(decodeToken(text).ok);
    if (error !== null) expectMessage(error, text);
  };
  it('on tokens, edited ones and any text', () => fuzz(tokenText, check), FUZZ_TIMEOUT_MS);
  it('on a megabyte', () => fuzz(huge(), check, MEGABYTE_RUNS), FUZZ_TIMEOUT_MS);
});

describe('scenarioFieldErrors never throws', () => {
  it(
    'on any names and numbers, a megabyte among them',
    () =>
      fuzz(
        fc.record({
          namespace: fc.oneof(fieldText(VALID_FIELDS.namespace), huge()),
          roleName: fieldText(VALID_FIELDS.roleName),
          region: fieldText(VALID_FIELDS.region),
          tokenExpirationSeconds: seconds,
        }),
        (change) => {
          const scenario = { ...DEFAULT_SCENARIO, ...change };
          const errors = timed('lab scenario fields (scenarioFieldErrors)', scenario, () =>
            scenarioFieldErrors(scenario),
          );
          for (const message of Object.values(errors)) expectMessage(message, '');
        },
        MEGABYTE_RUNS * 4,
      ),
    FUZZ_TIMEOUT_MS,
  );
});
