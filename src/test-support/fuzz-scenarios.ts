/**
 * Scenario fields for the fuzz tests: for each field, values its AWS or Kubernetes rule accepts,
 * values one edit away, and anything (up to a megabyte); numbers of every kind JavaScript has.
 */
import fc from 'fast-check';
import { COMMERCIAL_REGIONS } from '../sim/validate-scenario';
import { anyText, huge, mutated } from './fuzz-inputs';

const label = '[a-z0-9]([-a-z0-9]{0,20}[a-z0-9])?';

/** Values each text field's rule accepts (see sim/validate-scenario.ts). */
export const VALID_FIELDS = {
  accountId: fc.stringMatching(/^\d{12}$/),
  region: fc.constantFrom(...COMMERCIAL_REGIONS),
  clusterOidcId: fc.stringMatching(/^[0-9A-F]{32}$/),
  namespace: fc.stringMatching(new RegExp(`^${label}$`)),
  serviceAccountName: fc.stringMatching(new RegExp(`^${label}(\\.${label}){0,3}$`)),
  podName: fc.stringMatching(new RegExp(`^${label}(\\.${label}){0,3}$`)),
  roleName: fc.stringMatching(/^[\w+=,.@-]{1,64}$/),
  kubernetesVersion: fc.stringMatching(/^1\.\d{1,2}$/),
};

/** A bucket name S3 accepts: 3–63 of a–z 0–9 . -, letter or digit at both ends, no "..". */
export const validBucketName = fc
  .stringMatching(/^[a-z0-9][a-z0-9-]{1,40}[a-z0-9]$/)
  .filter(
    (name) =>
      !/^(xn--|sthree-|amzn-s3-demo-)/.test(name) &&
      !/(-s3alias|--ol-s3|--x-s3|--table-s3)$/.test(name),
  );

/** A field's accepted values, those one edit away, and anything at all. */
export const fieldText = (valid: fc.Arbitrary<string>) =>
  fc.oneof(
    { arbitrary: valid, weight: 3 },
    { arbitrary: mutated(valid), weight: 3 },
    { arbitrary: anyText(80), weight: 2 },
  );

/** Whole seconds, and what a number field can also hold: fractions, NaN, infinities, huge. */
export const seconds = fc.oneof(
  fc.integer({ min: 0, max: 90_000 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, Number.MAX_SAFE_INTEGER + 2),
);

/** A huge value for one field, the others as given. */
export const hugeText = huge();
