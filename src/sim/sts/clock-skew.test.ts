import { describe, expect, it } from 'vitest';
import type { Check } from '../result';
import { checkTimes } from '../token-check/check-times';
import { EXP_CLOCK_SKEW_SECONDS, expiredForSts } from './clock-skew';

const NOW = new Date('2026-11-28T12:00:00Z');
const t = NOW.getTime() / 1000;

function expCheck(exp: number): Check {
  const checks: Check[] = [];
  checkTimes({ iat: exp - 86400, exp }, NOW, (c) => checks.push(c));
  return checks.find((c) => c.id === 'exp')!;
}

describe("IAM's five-minute clock-skew window after exp", () => {
  it('accepts a token up to five minutes past exp, and not a second more', () => {
    expect(EXP_CLOCK_SKEW_SECONDS).toBe(300);
    expect(expiredForSts(t, t)).toBe(false);
    expect(expiredForSts(t - 299, t)).toBe(false);
    expect(expiredForSts(t - 300, t)).toBe(true);
    expect(expiredForSts(t - 3600, t)).toBe(true);
  });

  it('the checker passes a token three minutes past exp and says it is inside the window', () => {
    const check = expCheck(t - 180);
    expect(check.passed).toBe(true);
    expect(check.note).toMatch(/inside the 5-minute window/);
  });

  it('the checker fails a token six minutes past exp, without the window note', () => {
    const check = expCheck(t - 360);
    expect(check.passed).toBe(false);
    expect(check.note).toBeUndefined();
  });
});
