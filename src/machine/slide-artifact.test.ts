import { describe, expect, it } from 'vitest';
import { keptLines } from './slide-artifact';

describe('keptLines', () => {
  const text =
    'HTTP/1.1 400 Bad Request\nContent-Type: text/xml\n\n<Error>\n<Code>X</Code>\n<Message>m</Message>\n</Error>';

  it('keeps the lines naming a kept string, one "…" per run of the others', () => {
    expect(keptLines(text, ['HTTP/', '<Code>', '<Message>'])).toEqual([
      'HTTP/1.1 400 Bad Request',
      '…',
      '<Code>X</Code>',
      '<Message>m</Message>',
      '…',
    ]);
  });

  it('without keep strings, is the whole text, byte for byte', () => {
    expect(keptLines(text).join('\n')).toBe(text);
    expect(keptLines(text, []).join('\n')).toBe(text);
  });
});
