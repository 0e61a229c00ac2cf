/**
 * JWT times (iat, nbf, exp) are seconds since 1970: unreadable as they stand. These pure
 * formatters give the UTC date and time and a phrase relative to a `now` the caller passes
 * (the simulation never reads the system clock).
 */

export interface EpochDescription {
  /** `2026-11-28 12:00:00 UTC` */
  utc: string;
  /** `in 23 hours`, `27 hours ago`, or `now` */
  relative: string;
}

const SECOND = 1;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;

/**
 * Each unit is used up to twice the next one ("90 minutes", "36 hours"), so the rounding down
 * below never hides more than a third of the span.
 */
const UNITS: [seconds: number, name: string, below: number][] = [
  [SECOND, 'second', 2 * MINUTE],
  [MINUTE, 'minute', 2 * HOUR],
  [HOUR, 'hour', 2 * DAY],
  [DAY, 'day', 2 * YEAR],
  [YEAR, 'year', Infinity],
];

/** The largest whole unit, rounded down: `1 second`, `90 minutes`, `23 hours`, `15 years`. */
export function describeDuration(seconds: number): string {
  const { count, unit } = span(seconds);
  return `${count} ${unit}`;
}

function span(seconds: number): { count: string; unit: string } {
  const s = Math.abs(seconds);
  const [size, name] = UNITS.find(([, , below]) => s < below) ?? UNITS[UNITS.length - 1]!;
  const n = Math.floor(s / size);
  return { count: n.toLocaleString('en-US'), unit: n === 1 ? name : `${name}s` };
}

/** The UTC date and time of an epoch value, and how far it is from `now`. */
export function describeEpoch(seconds: number, now: Date): EpochDescription {
  const date = new Date(seconds * 1000);
  if (!Number.isFinite(seconds) || Number.isNaN(date.getTime())) {
    return { utc: 'not a representable date', relative: '' };
  }
  const utc = `${date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, '')} UTC`;
  const diff = secondsUntil(seconds, now);
  if (diff === 0) return { utc, relative: 'now' };
  const span = describeDuration(diff);
  return { utc, relative: diff > 0 ? `in ${span}` : `${span} ago` };
}

/**
 * An `exp` as the learner needs it: `valid for 23 more hours` or `expired 27 hours ago`. A token
 * is valid while now < exp (RFC 7519), so at exp itself it has just expired.
 */
export function describeExpiry(exp: number, now: Date): string {
  const diff = secondsUntil(exp, now);
  if (!Number.isFinite(diff)) return 'not a representable date';
  if (diff > 0) {
    const { count, unit } = span(diff);
    return `valid for ${count} more ${unit}`;
  }
  return diff === 0 ? 'expired just now' : `expired ${describeDuration(diff)} ago`;
}

/** Whole seconds from now (rounded down, as JWT times are) to `seconds`; negative in the past. */
function secondsUntil(seconds: number, now: Date): number {
  return seconds - Math.floor(now.getTime() / 1000);
}
