// Fuzzing the Generate page's names (IRSA and EKS Pod Identity): setupFieldErrors on any values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT_MS, fuzz, timed } from '../../test-support/fuzz';
import { huge } from '../../test-support/fuzz-inputs';
import { fieldText, VALID_FIELDS, validBucketName } from '../../test-support/fuzz-scenarios';
import { DEFAULT_SETUP_NAMES, setupFieldErrors, type GenerateFlow, type SetupNames } from './names';

const names: fc.Arbitrary<SetupNames> = fc.record({
  accountId: fieldText(VALID_FIELDS.accountId),
  region: fieldText(VALID_FIELDS.region),
  clusterName: fc.oneof(fieldText(fc.stringMatching(/^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/)), huge()),
  clusterOidcId: fieldText(VALID_FIELDS.clusterOidcId),
  namespace: fieldText(VALID_FIELDS.namespace),
  serviceAccountName: fieldText(VALID_FIELDS.serviceAccountName),
  appName: fieldText(VALID_FIELDS.podName),
  roleName: fieldText(VALID_FIELDS.roleName),
  bucketNames: fc.array(fieldText(validBucketName), { maxLength: 3 }),
});

describe('setupFieldErrors never throws and names only the fields it has', () => {
  it(
    'for both flows, on any names',
    () =>
      fuzz(
        fc.tuple(names, fc.constantFrom<GenerateFlow>('irsa', 'pod-identity')),
        ([values, flow]) => {
          const errors = timed('Generate names (setupFieldErrors)', values, () =>
            setupFieldErrors(values, flow),
          );
          for (const [field, message] of Object.entries(errors)) {
            expect(Object.keys(DEFAULT_SETUP_NAMES)).toContain(field);
            expect(message).toMatch(/^\S.*\.$/s);
            expect(message.length).toBeLessThan(400);
          }
          // Pod Identity has no OIDC id to check.
          if (flow === 'pod-identity') expect(errors.clusterOidcId).toBeUndefined();
        },
      ),
    FUZZ_TIMEOUT_MS,
  );
});
