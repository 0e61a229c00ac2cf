import { describe, expect, it } from 'vitest';
import { formatFragment, parseFragment } from './url-state';

const explore = {
  route: 'explore',
  flow: 'irsa',
  step: 0,
  demo: false,
  scenario: null,
  fix: false,
};

describe('URL fragment', () => {
  it.each([
    ['', explore],
    ['#step=4', { ...explore, step: 4 }],
    // Any step number is read; the walk keeps it within its flow (a 6-step flow shows step 6).
    ['#step=9', { ...explore, step: 9 }],
    ['#step=100', explore],
    ['#step=4x', explore],
    [
      '#scenario=no-oidc-provider&step=2&keys=demo',
      { ...explore, step: 2, demo: true, scenario: 'no-oidc-provider' },
    ],
    [
      '#scenario=sub-other-namespace&fix=1&step=6&keys=demo',
      { ...explore, step: 6, demo: true, scenario: 'sub-other-namespace', fix: true },
    ],
    // A fix without the scenario it fixes, or any other value, is no fix.
    ['#fix=1&step=6', { ...explore, step: 6 }],
    ['#scenario=expired-token&fix=yes', { ...explore, scenario: 'expired-token' }],
    ['#scenario=<script>&fix=1', explore],
    ['#/check', { ...explore, route: 'check' }],
    ['#/find', { ...explore, route: 'find' }],
    ['#/compare', { ...explore, route: 'compare' }],
    ['#/compare?keys=demo', { ...explore, route: 'compare', demo: true }],
    ['#/compare&keys=demo', { ...explore, route: 'compare', demo: true }],
    ['#/check?keys=demo', { ...explore, route: 'check' }],
    ['#/compared', explore],
    [
      '#flow=pod-identity&scenario=pod-identity-no-association&step=3',
      { ...explore, flow: 'pod-identity', scenario: 'pod-identity-no-association', step: 3 },
    ],
    ['#flow=kerberos&step=2', { ...explore, step: 2 }],
    ['#/finder', explore],
    ['#%%%', explore],
  ])('%s', (hash, expected) => {
    expect(parseFragment(hash)).toEqual(expected);
  });

  it('round-trips what it writes', () => {
    const state = {
      flow: 'irsa' as const,
      step: 3,
      demo: true,
      scenario: 'expired-token',
      fix: false,
    };
    expect(parseFragment(formatFragment(state))).toEqual({ route: 'explore', ...state });
    const fixed = {
      flow: 'irsa' as const,
      step: 6,
      demo: true,
      scenario: 'sub-other-namespace',
      fix: true,
    };
    expect(formatFragment(fixed)).toBe('#scenario=sub-other-namespace&fix=1&step=6&keys=demo');
    expect(parseFragment(formatFragment(fixed))).toEqual({ route: 'explore', ...fixed });
    expect(formatFragment({ flow: 'irsa', step: 0, demo: false, scenario: null, fix: false })).toBe(
      '#step=0',
    );
    expect(formatFragment({ flow: 'irsa', step: 6, demo: false, scenario: null, fix: true })).toBe(
      '#step=6',
    );
  });
});
