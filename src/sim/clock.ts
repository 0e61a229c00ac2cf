/** The simulation's only source of time. Nothing in sim/ reads the system clock. */
export interface Clock {
  now(): Date;
}

/** A clock that always answers the same instant: deterministic mode and tests. */
export function fixedClock(iso: string): Clock {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`fixedClock: not an ISO date: ${iso}`);
  return { now: () => new Date(instant.getTime()) };
}

/** A clock that reads a caller-supplied function (the app passes the browser's clock). */
export function clockFrom(now: () => number): Clock {
  return { now: () => new Date(now()) };
}

/** Seconds since the Unix epoch, as JWT `iat`/`exp` use. */
export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/** `2026-11-28T12:00:00Z`: AWS's XML timestamps carry no milliseconds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
