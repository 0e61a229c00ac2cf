import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';
import { bucketNameError, validateScenario } from './validate-scenario';

const withField = (change: Partial<Scenario>) =>
  validateScenario({ ...DEFAULT_SCENARIO, ...change });

describe('validateScenario', () => {
  it('accepts the default scenario', () => {
    expect(validateScenario(DEFAULT_SCENARIO)).toEqual({});
  });

  it.each<[Partial<Scenario>, string, RegExp]>([
    [{ accountId: '11112222333' }, 'accountId', /exactly 12 digits/],
    [{ accountId: '11112222333a' }, 'accountId', /exactly 12 digits/],
    [{ region: 'us-west-9' }, 'region', /not an AWS commercial region/],
    [
      { clusterOidcId: '5e1d2a3c4b6f7089a1b2c3d4e5f60718' },
      'clusterOidcId',
      /32 uppercase hexadecimal/,
    ],
    [{ namespace: 'My-Namespace' }, 'namespace', /DNS-1123 label/],
    [{ namespace: 'a'.repeat(64) }, 'namespace', /at most 63 characters/],
    [{ namespace: '' }, 'namespace', /required/],
    [{ serviceAccountName: 'app_sa' }, 'serviceAccountName', /DNS-1123 subdomain/],
    [{ serviceAccountName: '-app' }, 'serviceAccountName', /DNS-1123 subdomain/],
    [{ podName: 'a'.repeat(254) }, 'podName', /at most 253/],
    [{ roleName: 'role name' }, 'roleName', /1–64 characters/],
    [{ roleName: 'r'.repeat(65) }, 'roleName', /1–64 characters/],
    [{ bucketNames: [] }, 'bucketNames', /at least one/],
    [{ kubernetesVersion: '1.34.2' }, 'kubernetesVersion', /1\.<minor>, for example 1\.34/],
    [{ kubernetesVersion: 'v1.34' }, 'kubernetesVersion', /not a Kubernetes minor version/],
    [{ kubernetesVersion: '2.0' }, 'kubernetesVersion', /not a Kubernetes minor version/],
    [{ tokenExpirationSeconds: 300 }, 'tokenExpirationSeconds', /between 600 and 86400/],
    [{ sessionDurationSeconds: 600 }, 'sessionDurationSeconds', /between 900 and 43200/],
    [
      { roleMaxSessionDurationSeconds: 50000 },
      'roleMaxSessionDurationSeconds',
      /between 3600 and 43200/,
    ],
    [{ sessionDurationSeconds: 1.5 }, 'sessionDurationSeconds', /whole number/],
  ])('%j → %s', (change, field, message) => {
    const errors = withField(change);
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field as keyof typeof errors]).toMatch(message);
  });

  it('allows names at the edge of each rule', () => {
    expect(
      withField({
        namespace: 'a'.repeat(63),
        serviceAccountName: 'a.b-c',
        roleName: 'a+=,.@_-Z9',
        region: 'eu-central-2',
        kubernetesVersion: '1.9',
      }),
    ).toEqual({});
  });
});

describe('bucketNameError follows the S3 naming rules', () => {
  it.each([
    ['ab', /3–63/],
    ['My-Bucket', /lowercase/],
    ['-bucket', /begin and end/],
    ['my..bucket', /two adjacent periods/],
    ['192.168.5.4', /IP address/],
    ['xn--bucket', /reserved prefix "xn--"/],
    ['amzn-s3-demo-bucket', /reserved prefix "amzn-s3-demo-"/],
    ['bucket-s3alias', /reserved suffix/],
  ])('%s', (name, message) => {
    expect(bucketNameError(name)).toMatch(message);
  });
  it.each(['example-app-reports', 'a.b.c', 'abc', 'x'.repeat(63)])('accepts %s', (name) => {
    expect(bucketNameError(name)).toBeNull();
  });
});
