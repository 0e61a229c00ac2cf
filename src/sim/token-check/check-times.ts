import { epochSeconds } from '../clock';
import { EXP_CLOCK_SKEW_SECONDS, expiredForSts } from '../sts/clock-skew';
import { stsErrors } from '../sts/errors';
import { describeDuration, describeEpoch, describeExpiry } from '../time/describe-epoch';
import { notRun, show, type RecordCheck, type TokenTime } from './types';

const HOP = 'iam-to-oidc';
const CLAIMS = [
  ['iat', 'Issued at'],
  ['nbf', 'Not before'],
  ['exp', 'Expires'],
] as const;

/**
 * A claim as a number to compare with now. An object or array is NaN: converting it would call
 * whatever `toString` the token gives it, and `{"toString": 1}` makes `Number()` throw (found by
 * `npm run fuzz`). Other values convert as `Number()` does (the format check flags them anyway).
 */
const asNumber = (v: unknown): number => (typeof v === 'object' && v !== null ? NaN : Number(v));

/** `1795867200 (2026-11-28 12:00:00 UTC)`; a value that is not a number is shown as it is. */
function when(v: unknown, now: Date): string {
  return typeof v === 'number' ? `${v} (${describeEpoch(v, now).utc})` : show(v);
}

/** What each time claim means relative to now: `issued 2 minutes ago`, `expired 27 hours ago`. */
function relative(name: 'iat' | 'nbf' | 'exp', seconds: number, now: Date): string {
  const diff = seconds - epochSeconds(now);
  if (name === 'exp') return describeExpiry(seconds, now);
  if (diff === 0) return name === 'iat' ? 'issued just now' : 'valid since just now';
  if (name === 'iat') {
    return diff > 0
      ? `dated ${describeDuration(diff)} in the future`
      : `issued ${describeEpoch(seconds, now).relative}`;
  }
  return diff > 0
    ? `not valid for ${describeDuration(diff)} more`
    : `valid since ${describeEpoch(seconds, now).relative}`;
}

/** The payload's times and now, each with its UTC date and a phrase relative to now. */
export function describeTimes(claims: Record<string, unknown>, now: Date): TokenTime[] {
  const t = epochSeconds(now);
  const times: TokenTime[] = [
    { name: 'now', seconds: t, utc: describeEpoch(t, now).utc, relative: '' },
  ];
  for (const [name] of CLAIMS) {
    const v = claims[name];
    if (typeof v === 'number' && Number.isFinite(v)) {
      const { utc } = describeEpoch(v, now);
      times.push({ name, seconds: v, utc, relative: relative(name, v, now) });
    }
  }
  return times;
}

/**
 * nbf ≤ now (no tolerance is documented, so none is assumed) and now < exp + 5 minutes (IAM's
 * documented clock-skew window, see sts/clock-skew.ts), and iat ≤ now for the learner. Each value is shown with its UTC date and how far it is.
 */
export function checkTimes(claims: Record<string, unknown>, now: Date, check: RecordCheck) {
  const t = epochSeconds(now);
  const nowText = when(t, now);
  for (const [name, label] of CLAIMS) {
    const v = claims[name];
    if (v !== undefined && !Number.isInteger(v)) {
      check(
        {
          id: `${name}-format`,
          label: `${label} (${name}) is an integer`,
          passed: false,
          expected: 'seconds since 1970, an integer',
          actual: JSON.stringify(v),
        },
        stsErrors.tokenMalformed(HOP),
      );
    }
  }
  const actual = (name: 'iat' | 'nbf' | 'exp') => {
    const v = claims[name];
    return typeof v === 'number' && Number.isFinite(v)
      ? `${when(v, now)}: ${relative(name, v, now)}`
      : show(v);
  };

  const nbfLabel = 'Already valid (nbf ≤ now)';
  if (claims.nbf === undefined) {
    check(notRun({ id: 'nbf', label: nbfLabel, expected: `≤ now, ${nowText}` }, 'no nbf claim'));
  } else {
    const passed = asNumber(claims.nbf) <= t;
    check(
      {
        id: 'nbf',
        label: nbfLabel,
        passed,
        expected: `≤ now, ${nowText}`,
        actual: actual('nbf'),
        note: passed
          ? undefined
          : 'A token that is not valid yet usually means a wrong clock, here or at the issuer.',
      },
      stsErrors.tokenNotYetValid(HOP),
    );
  }

  const exp = asNumber(claims.exp);
  const inWindow = Number.isFinite(exp) && exp <= t && !expiredForSts(exp, t);
  check(
    {
      id: 'exp',
      label: `Not expired (now < exp + ${EXP_CLOCK_SKEW_SECONDS / 60} minutes)`,
      passed: Number.isFinite(exp) && !expiredForSts(exp, t),
      expected: `> now − ${EXP_CLOCK_SKEW_SECONDS} s, ${nowText}`,
      actual: claims.exp === undefined ? '(no exp claim)' : actual('exp'),
      note: inWindow
        ? `Past exp, but inside the ${EXP_CLOCK_SKEW_SECONDS / 60}-minute window IAM allows for clock skew: STS still accepts it, not for long.`
        : undefined,
    },
    claims.exp === undefined ? stsErrors.tokenMalformed(HOP) : stsErrors.tokenExpired(HOP, t, exp),
  );

  const iatLabel = 'Issued in the past (iat ≤ now)';
  if (claims.iat === undefined) {
    check(notRun({ id: 'iat', label: iatLabel, expected: `≤ now, ${nowText}` }, 'no iat claim'));
  } else {
    const passed = asNumber(claims.iat) <= t;
    // No STS error: nothing documents STS refusing a future iat (jose checks iat only for a max age).
    check({
      id: 'iat',
      label: iatLabel,
      passed,
      expected: `≤ now, ${nowText}`,
      actual: actual('iat'),
      note: passed
        ? undefined
        : 'A token from the future usually means a wrong clock. Whether STS refuses it for iat alone is not documented.',
    });
  }
}
