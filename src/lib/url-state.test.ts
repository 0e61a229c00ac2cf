import { describe, expect, it } from 'vitest';
import { formatFragment, parseFragment } from './url-state';

describe('URL fragment', () => {
  it.each([
    ['', { route: 'explore', step: 0, demo: false, scenario: null }],
    ['#step=4', { route: 'explore', step: 4, demo: false, scenario: null }],
    ['#step=9', { route: 'explore', step: 0, demo: false, scenario: null }],
    ['#step=4x', { route: 'explore', step: 0, demo: false, scenario: null }],
    [
      '#scenario=no-oidc-provider&step=2&keys=demo',
      { route: 'explore', step: 2, demo: true, scenario: 'no-oidc-provider' },
    ],
    ['#scenario=<script>', { route: 'explore', step: 0, demo: false, scenario: null }],
    ['#/check', { route: 'check', step: 0, demo: false, scenario: null }],
    ['#%%%', { route: 'explore', step: 0, demo: false, scenario: null }],
  ])('%s', (hash, expected) => {
    expect(parseFragment(hash)).toEqual(expected);
  });

  it('round-trips what it writes', () => {
    const state = { step: 3, demo: true, scenario: 'expired-token' };
    expect(parseFragment(formatFragment(state))).toEqual({ route: 'explore', ...state });
    expect(formatFragment({ step: 0, demo: false, scenario: null })).toBe('#step=0');
  });
});
