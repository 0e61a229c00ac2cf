import { describe, expect, it } from 'vitest';
import { excerpt } from './artifact-excerpt';

describe('excerpt', () => {
  const text =
    'HTTP/1.1 400 Bad Request\nContent-Type: text/xml\n\n<Error>\n<Code>X</Code>\n<Message>m</Message>\n</Error>';

  it('keeps the lines naming a kept string, one "…" per run of the others', () => {
    expect(excerpt(text, ['HTTP/', '<Code>', '<Message>'])).toBe(
      'HTTP/1.1 400 Bad Request\n…\n<Code>X</Code>\n<Message>m</Message>\n…',
    );
  });

  it('without keep strings, is the whole text, byte for byte', () => {
    expect(excerpt(text)).toBe(text);
    expect(excerpt(text, [])).toBe(text);
  });
});
