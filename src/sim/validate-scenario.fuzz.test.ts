// Fuzzing the scenario fields: validateScenario on any values, and on values its rules accept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT_MS, MEGABYTE_RUNS, fuzz, timed } from '../test-support/fuzz';
import {
  fieldText,
  hugeText,
  seconds,
  VALID_FIELDS,
  validBucketName,
} from '../test-support/fuzz-scenarios';
import { anyText } from '../test-support/fuzz-inputs';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import { validateScenario, type ScenarioField } from './validate-scenario';

const SURFACE = 'scenario fields (validateScenario)';
const FIELDS: ScenarioField[] = [
  'accountId',
  'region',
  'clusterOidcId',
  'namespace',
  'serviceAccountName',
  'podName',
  'roleName',
  'bucketNames',
  'kubernetesVersion',
  'tokenExpirationSeconds',
  'sessionDurationSeconds',
  'roleMaxSessionDurationSeconds',
];

/** Every field from its own generator: accepted, one edit away, or anything. */
const fields = fc.record({
  accountId: fieldText(VALID_FIELDS.accountId),
  region: fieldText(VALID_FIELDS.region),
  clusterOidcId: fieldText(VALID_FIELDS.clusterOidcId),
  namespace: fieldText(VALID_FIELDS.namespace),
  serviceAccountName: fieldText(VALID_FIELDS.serviceAccountName),
  podName: fieldText(VALID_FIELDS.podName),
  roleName: fieldText(VALID_FIELDS.roleName),
  bucketNames: fc.array(fieldText(validBucketName), { maxLength: 4 }),
  kubernetesVersion: fieldText(VALID_FIELDS.kubernetesVersion),
  tokenExpirationSeconds: seconds,
  sessionDurationSeconds: seconds,
  roleMaxSessionDurationSeconds: seconds,
});

function checkShape(scenario: Scenario): Partial<Record<ScenarioField, string>> {
  const errors = timed(SURFACE, scenario, () => validateScenario(scenario));
  for (const [field, message] of Object.entries(errors)) {
    expect(FIELDS).toContain(field);
    expect(message).toMatch(/^\S.*\.$/s);
    // The value is quoted in some messages: a pasted megabyte must not become the message.
    expect(message.length).toBeLessThan(400);
  }
  return errors;
}

describe('validateScenario never throws, and answers one short message per broken field', () => {
  it(
    'on any field values',
    () => fuzz(fields, (values) => checkShape({ ...DEFAULT_SCENARIO, ...values })),
    FUZZ_TIMEOUT_MS,
  );

  it(
    'with a megabyte in one text field or bucket name',
    () =>
      fuzz(
        fc.tuple(
          fc.constantFrom<ScenarioField>(...FIELDS.filter((f) => !f.endsWith('Seconds'))),
          hugeText,
        ),
        ([field, text]) => {
          const value = field === 'bucketNames' ? [text] : text;
          const errors = checkShape({ ...DEFAULT_SCENARIO, [field]: value });
          expect(Object.keys(errors)).toEqual([field]);
        },
        MEGABYTE_RUNS,
      ),
    FUZZ_TIMEOUT_MS,
  );
});

describe('validateScenario accepts what the AWS and Kubernetes rules allow', () => {
  it(
    'reports no field whose value its rule accepts',
    () =>
      fuzz(
        fc.record({
          ...VALID_FIELDS,
          bucketNames: fc.array(validBucketName, { minLength: 1, maxLength: 3 }),
          tokenExpirationSeconds: fc.integer({ min: 600, max: 86400 }),
          sessionDurationSeconds: fc.integer({ min: 900, max: 43200 }),
          roleMaxSessionDurationSeconds: fc.integer({ min: 3600, max: 43200 }),
        }),
        (values) => {
          expect(checkShape({ ...DEFAULT_SCENARIO, ...values })).toEqual({});
        },
      ),
    FUZZ_TIMEOUT_MS,
  );

  it(
    'reports exactly the one field that was changed to something else',
    () =>
      fuzz(fc.tuple(fc.constantFrom(...FIELDS), anyText(40)), ([field, text]) => {
        const value =
          field === 'bucketNames' ? [text] : field.endsWith('Seconds') ? Number(text) : text;
        const errors = checkShape({ ...DEFAULT_SCENARIO, [field]: value });
        expect(Object.keys(errors).every((f) => f === field)).toBe(true);
      }),
    FUZZ_TIMEOUT_MS,
  );
});
