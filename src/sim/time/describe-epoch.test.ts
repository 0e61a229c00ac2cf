import { describe, expect, it } from 'vitest';
import { DEMO_TIME } from '../deterministic';
import { describeDuration, describeEpoch, describeExpiry } from './describe-epoch';

const NOW = new Date(DEMO_TIME); // 2026-11-28T12:00:00Z
const T = NOW.getTime() / 1000;

describe('describeEpoch', () => {
  it('gives the UTC date and time of an epoch value', () => {
    expect(describeEpoch(T, NOW)).toEqual({ utc: '2026-11-28 12:00:00 UTC', relative: 'now' });
    expect(describeEpoch(0, NOW).utc).toBe('1970-01-01 00:00:00 UTC');
    // RFC 7515 A.2's exp.
    expect(describeEpoch(1300819380, NOW).utc).toBe('2011-03-22 18:43:00 UTC');
  });

  it('says how far from now, in the past or the future', () => {
    expect(describeEpoch(T + 23 * 3600, NOW).relative).toBe('in 23 hours');
    expect(describeEpoch(T - 27 * 3600, NOW).relative).toBe('27 hours ago');
    expect(describeEpoch(T - 120, NOW).relative).toBe('2 minutes ago');
    expect(describeEpoch(T + 1, NOW).relative).toBe('in 1 second');
    expect(describeEpoch(1300819380, NOW).relative).toBe('15 years ago');
  });

  it('never throws on values no date can hold', () => {
    expect(describeEpoch(Number.NaN, NOW)).toEqual({
      utc: 'not a representable date',
      relative: '',
    });
    expect(describeEpoch(1e300, NOW).utc).toBe('not a representable date');
    expect(describeEpoch(Infinity, NOW).utc).toBe('not a representable date');
  });
});

describe('describeDuration', () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [59, '59 seconds'],
    [119, '119 seconds'],
    [120, '2 minutes'],
    [61 * 60, '61 minutes'],
    [2 * 3600, '2 hours'],
    [3600 * 24 - 1, '23 hours'],
    [47 * 3600 + 3599, '47 hours'],
    [2 * 86400, '2 days'],
    [-86400 * 3, '3 days'],
    [730 * 86400, '730 days'],
    [731 * 86400, '2 years'],
    [3 * 365.25 * 86400, '3 years'],
  ])('%d seconds → %s', (seconds, text) => {
    expect(describeDuration(seconds)).toBe(text);
  });
});

describe('describeExpiry', () => {
  it('says how long a token stays valid, or since when it has expired', () => {
    // An EKS projected token lives 24 hours; two minutes after it was issued:
    expect(describeExpiry(T + 86400 - 120, NOW)).toBe('valid for 23 more hours');
    expect(describeExpiry(T - 27 * 3600, NOW)).toBe('expired 27 hours ago');
    expect(describeExpiry(T + 1, NOW)).toBe('valid for 1 more second');
    // valid while now < exp: at exp the token has expired.
    expect(describeExpiry(T, NOW)).toBe('expired just now');
  });
});
