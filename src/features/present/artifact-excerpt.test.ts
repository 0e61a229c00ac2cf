import { describe, expect, it } from 'vitest';
import { excerptLines, readableHttp, rowsOf, shorten } from './artifact-excerpt';

describe('excerptLines', () => {
  it('keeps the lines naming a kept string and marks each gap once', () => {
    const text = 'POST / HTTP/1.1\nHost: sts\nA: 1\nB: 2\nAction=Assume\nC: 3';
    expect(excerptLines(text, ['POST', 'Action='], 40)).toEqual([
      'POST / HTTP/1.1',
      '…',
      'Action=Assume',
      '…',
    ]);
  });

  it('keeps every line when the slide names none, without their common indentation', () => {
    expect(excerptLines('  a\n    b', undefined, 40)).toEqual(['a', '  b']);
  });

  it('shortens opaque runs (keys, signatures, ids) but not words', () => {
    const [line] = excerptLines(
      'Action=AssumeRoleWithWebIdentity&Sig=5E1D2A3C4B6F7089A1B2C3D4E5F60718',
      undefined,
      80,
    );
    expect(line).toBe('Action=AssumeRoleWithWebIdentity&Sig=5E1D2A3C…F60718');
  });

  it('lets a long line wrap, or gives every line one row when the column is too short', () => {
    const long = `"key:sub": "${'system:serviceaccount:default:app'.repeat(2)}"`;
    expect(excerptLines(long, undefined, 40, 10)).toEqual([long]);
    expect(rowsOf(long, 40)).toBe(3);
    expect(excerptLines(`${long}\n${long}`, undefined, 40, 4).every((l) => l.length <= 40)).toBe(
      true,
    );
  });
});

describe('readableHttp', () => {
  it('indents a JSON body and puts a form body one parameter per line', () => {
    expect(readableHttp('HTTP/1.1 200 OK\n\n{"a":1}')).toBe('HTTP/1.1 200 OK\n\n{\n  "a": 1\n}');
    expect(readableHttp('POST / HTTP/1.1\n\nAction=X&Version=1')).toBe(
      'POST / HTTP/1.1\n\nAction=X\n&Version=1',
    );
    expect(readableHttp('GET / HTTP/1.1\nHost: s3')).toBe('GET / HTTP/1.1\nHost: s3');
  });
});

describe('shorten', () => {
  it('keeps the start and the end of a long line', () => {
    const short = shorten(`WebIdentityToken=${'x'.repeat(60)}END`, 30);
    expect(short).toHaveLength(30);
    expect(short.startsWith('WebIdentityToken=')).toBe(true);
    expect(short.endsWith('END')).toBe(true);
  });
});
