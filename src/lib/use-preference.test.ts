import { describe, expect, it } from 'vitest';
import { readStored } from './use-preference';

const holding = (value: string | null) => () => ({ getItem: () => value });

describe('a stored yes/no preference (theme, motion, dismissed introduction)', () => {
  it('reads the two values the switches write', () => {
    expect(readStored('irsa.dark-theme', holding('true'))).toBe(true);
    expect(readStored('irsa.dark-theme', holding('false'))).toBe(false);
  });

  it('treats anything else as no choice, so the system setting applies', () => {
    for (const corrupted of [null, '', 'TRUE', '1', 'yes', '{"dark":true}', '"true"', '\u0000'])
      expect(readStored('irsa.reduce-motion', holding(corrupted))).toBeNull();
  });

  it('never throws when storage refuses access (private windows, sandboxed frames)', () => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(readStored('irsa.cold-open-dismissed', denied)).toBeNull();
    expect(readStored('irsa.cold-open-dismissed', () => ({ getItem: denied }))).toBeNull();
  });
});
