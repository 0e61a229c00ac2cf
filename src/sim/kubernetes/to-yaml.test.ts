import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { seededIds } from '../ids';
import { DEFAULT_SCENARIO } from '../scenario';
import { admitServiceAccount } from './admit-service-account';
import { createServiceAccount } from './create-service-account';
import { createPodManifest, mutatePod } from './mutate-pod';
import { bindToNode, clusterNode } from './schedule-pod';
import { toYaml } from './to-yaml';

/** What any reader gets back: the package's default (YAML 1.2) and kubectl's (YAML 1.1). */
function readBack(text: string): { core: unknown; kubectl: unknown } {
  return { core: parse(text), kubectl: parse(text, { version: '1.1' }) };
}

function expectRoundTrip(value: unknown) {
  const text = toYaml(value);
  expect(readBack(text)).toEqual({ core: value, kubectl: value });
  return text;
}

describe('toYaml on the objects the inspector and the deck show', () => {
  const ids = seededIds('to-yaml');
  const sa = createServiceAccount(DEFAULT_SCENARIO, ids);
  const manifest = createPodManifest(DEFAULT_SCENARIO, ids);
  const admitted = admitServiceAccount(manifest, '1.34', ids);
  const mutation = mutatePod(admitted, sa, DEFAULT_SCENARIO.region)!;
  const scheduled = bindToNode(mutation.pod, clusterNode(DEFAULT_SCENARIO, ids));

  it('round-trips the ServiceAccount, the pod as written, as admitted and after the webhook', () => {
    for (const object of [sa, manifest, admitted, mutation.pod, scheduled]) expectRoundTrip(object);
  });

  it('prints the ServiceAccount as kubectl does: block style, the object’s key order, no marker', () => {
    expect(toYaml(sa)).toBe(
      [
        'apiVersion: v1',
        'kind: ServiceAccount',
        'metadata:',
        '  name: my-service-account',
        '  namespace: default',
        `  uid: ${sa.metadata.uid}`,
        '  annotations:',
        '    eks.amazonaws.com/role-arn: arn:aws:iam::111122223333:role/s3-reader',
      ].join('\n'),
    );
  });

  it('lists at the key’s indent and leaves paths and numbers plain, as kubectl does', () => {
    const lines = toYaml(scheduled).split('\n');
    expect(lines).toContain('  containers:');
    expect(lines).toContain('  - name: app');
    expect(lines).toContain('    - name: AWS_WEB_IDENTITY_TOKEN_FILE');
    expect(lines).toContain('      value: /var/run/secrets/eks.amazonaws.com/serviceaccount/token');
    expect(lines).toContain('          expirationSeconds: 86400');
    expect(lines).toContain('      defaultMode: 420');
    expect(lines).not.toContain('---');
    expect(lines.at(-1)).toMatch(/^ {2}nodeName: ip-192-168-12-34\./);
  });
});

describe('toYaml on values YAML could misread', () => {
  it('quotes strings that read as numbers, booleans, null or dates in YAML 1.1 or 1.2', () => {
    const tricky = {
      revision: '1',
      ratio: '1.5',
      exponent: '1e5',
      octal12: '0o17',
      octal11: '017',
      hex: '0x1F',
      sexagesimal: '1:20',
      bools: ['true', 'False', 'yes', 'on', 'OFF', 'y', 'n'],
      nulls: ['null', '~', ''],
      created: '2026-11-28T12:00:00Z',
      day: '2026-11-28',
      infinity: '.inf',
      version: '1.34',
    };
    const text = expectRoundTrip(tricky);
    expect(text).toContain('revision: "1"');
    expect(text).toContain('octal12: "0o17"');
    expect(text).toContain('- "yes"');
    expect(text).toContain('created: "2026-11-28T12:00:00Z"');
    expect(text).toContain('version: "1.34"');
  });

  it('keeps real numbers, booleans and null unquoted', () => {
    expect(expectRoundTrip({ seconds: 3600, on: true, off: false, none: null })).toBe(
      ['seconds: 3600', '"on": true', '"off": false', 'none: null'].join('\n'),
    );
  });

  it('handles `:` and `#` inside values, and a leading indicator', () => {
    const values = {
      arn: 'arn:aws:iam::111122223333:role/s3-reader',
      url: 'https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
      colonSpace: 'key: value',
      hashAfterSpace: 'a #comment',
      hashInside: 'a#b',
      leadingHash: '#x',
      leadingDash: '- item',
      alias: '*anchor',
      quotes: `it's "quoted"`,
      leadingSpace: ' padded',
      condition: '{"StringEquals": {"a": "b"}}',
    };
    const text = expectRoundTrip(values);
    expect(text).toContain('arn: arn:aws:iam::111122223333:role/s3-reader');
    expect(text).toContain(
      'url: https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
    );
    expect(text).toContain('hashInside: a#b');
  });

  it('writes empty lists and maps in flow style, as kubectl does', () => {
    expect(expectRoundTrip({ volumes: [], annotations: {}, nested: [[], {}] })).toBe(
      ['volumes: []', 'annotations: {}', 'nested:', '- []', '- {}'].join('\n'),
    );
  });

  it('writes multi-line strings as literal blocks', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n';
    const text = expectRoundTrip({ data: { 'ca.crt': pem, note: 'two\nlines' } });
    expect(text.split('\n')).toEqual([
      'data:',
      '  ca.crt: |',
      '    -----BEGIN CERTIFICATE-----',
      '    MIIC',
      '    -----END CERTIFICATE-----',
      '  note: |-',
      '    two',
      '    lines',
    ]);
  });

  it('never folds a long token or policy onto several lines', () => {
    const token = `eyJhbGciOiJSUzI1NiJ9.${'eyJzdWIiOiJzeXN0ZW0'.repeat(40)}.${'c2lnbmF0dXJl'.repeat(30)}`;
    const sentence = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const text = expectRoundTrip({ token, sentence });
    expect(text.split('\n')).toEqual([`token: ${token}`, `sentence: ${sentence}`]);
  });
});
