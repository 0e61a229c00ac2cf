import { describe, expect, it } from 'vitest';
import { formatElapsed } from './speaker-timer';

describe("the speaker's elapsed time", () => {
  it('reads as mm:ss, whole seconds, minutes counting on past an hour', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(999)).toBe('00:00');
    expect(formatElapsed(65_000)).toBe('01:05');
    expect(formatElapsed(75 * 60_000 + 3_000)).toBe('75:03');
    // A clock set back never shows a negative time.
    expect(formatElapsed(-5_000)).toBe('00:00');
  });
});
