import { describe, expect, it } from 'vitest';
import { canonicalHeaders, canonicalHeaderValue, signedHeaderNamesOf } from './canonical-headers';
import { canonicalQuery } from './canonical-query';
import { canonicalRequest } from './canonical-request';
import { canonicalUri } from './canonical-uri';
import { normalizePath } from './normalize-path';
import { uriEncode, uriEncodeKeepingEscapes } from './uri-encode';

describe('uriEncode', () => {
  it('keeps only the RFC 3986 unreserved set and writes uppercase %XX of the UTF-8 bytes', () => {
    expect(uriEncode('AZaz09-_.~')).toBe('AZaz09-_.~');
    expect(uriEncode("a b+c/d=e&f!'()*%")).toBe('a%20b%2Bc%2Fd%3De%26f%21%27%28%29%2A%25');
    expect(uriEncode('\u00e9\u1234\u{1f600}')).toBe('%C3%A9%E1%88%B4%F0%9F%98%80');
  });

  it('uriEncodeKeepingEscapes leaves existing %XX alone but encodes a stray %', () => {
    expect(uriEncodeKeepingEscapes('my%20key%2a')).toBe('my%20key%2a');
    expect(uriEncodeKeepingEscapes('100% sure')).toBe('100%25%20sure');
  });
});

describe('normalizePath (non-S3)', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['//', '/'],
    ['/./', '/'],
    ['/./example', '/example'],
    ['//example//', '/example/'],
    ['/example/..', '/'],
    ['/example1/example2/../..', '/'],
    ['/a/b/../c/./d', '/a/c/d'],
    ['/../a', '/a'],
    ['/a/b/', '/a/b/'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizePath(input)).toBe(expected);
  });
});

describe('canonicalUri', () => {
  it('non-S3: normalizes, then encodes each segment again ("double encoding")', () => {
    expect(canonicalUri('//a/./b/../c d', true)).toBe('/a/c%20d');
    expect(canonicalUri('/my%20key', true)).toBe('/my%2520key');
    expect(canonicalUri('', true)).toBe('/');
  });

  it('S3: keeps the path as written, only encoding what is not yet encoded', () => {
    expect(canonicalUri('//example//', false)).toBe('//example//');
    expect(canonicalUri('/a/./b/../c', false)).toBe('/a/./b/../c');
    expect(canonicalUri('/example space/', false)).toBe('/example%20space/');
    expect(canonicalUri('/my%20key', false)).toBe('/my%20key');
    expect(canonicalUri('/photos/caf\u00e9.jpg', false)).toBe('/photos/caf%C3%A9.jpg');
    expect(canonicalUri('', false)).toBe('/');
  });
});

describe('canonicalQuery', () => {
  it('encodes names and values strictly and sorts by name, then value, in byte order', () => {
    expect(
      canonicalQuery([
        ['b', 'x y'],
        ['a', 'v=1&2'],
        ['B', ''],
        ['a', 'V+'],
      ]),
    ).toBe('B=&a=V%2B&a=v%3D1%262&b=x%20y');
    expect(canonicalQuery([])).toBe('');
  });
});

describe('canonical headers', () => {
  it('collapses whitespace runs (spaces, tabs, folded lines) and trims', () => {
    expect(canonicalHeaderValue(' \t a \t\t b\r\n  c  ')).toBe('a b c');
    expect(canonicalHeaderValue('')).toBe('');
  });

  it('lists distinct lowercase names, sorted; joins repeated values in wire order', () => {
    const headers: [string, string][] = [
      ['X-B', ' 2 '],
      ['host', 'h'],
      ['x-b', '1'],
      ['Content-Type', 'text/plain'],
    ];
    expect(signedHeaderNamesOf(headers)).toEqual(['content-type', 'host', 'x-b']);
    expect(canonicalHeaders(headers, ['host', 'x-b'])).toBe('host:h\nx-b:2,1\n');
  });
});

describe('canonicalRequest', () => {
  const req = {
    method: 'PUT',
    path: '/bucket/key',
    query: [],
    headers: [
      ['Host', 'bucket.s3.amazonaws.com'],
      ['x-amz-content-sha256', 'UNSIGNED-PAYLOAD'],
      ['x-amz-date', '20150830T123600Z'],
      ['User-Agent', 'sim'],
    ] as [string, string][],
    body: 'not hashed',
  };

  it('uses a supplied payload hash literally (S3 UNSIGNED-PAYLOAD)', async () => {
    const creq = await canonicalRequest(req, {
      normalizePath: false,
      payloadHash: 'UNSIGNED-PAYLOAD',
    });
    expect(creq.split('\n').at(-1)).toBe('UNSIGNED-PAYLOAD');
  });

  it('hashes the body when no payload hash is given', async () => {
    const creq = await canonicalRequest({ ...req, body: 'abc' }, { normalizePath: false });
    expect(creq.split('\n').at(-1)).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('signs only the named headers when a verifier passes SignedHeaders', async () => {
    const creq = await canonicalRequest(
      req,
      { normalizePath: false, payloadHash: 'UNSIGNED-PAYLOAD' },
      ['x-amz-date', 'Host'],
    );
    expect(creq).toBe(
      [
        'PUT',
        '/bucket/key',
        '',
        'host:bucket.s3.amazonaws.com',
        'x-amz-date:20150830T123600Z',
        '',
        'host;x-amz-date',
        'UNSIGNED-PAYLOAD',
      ].join('\n'),
    );
  });

  it('writes an empty line for a signed header the request lacks, so verification fails', async () => {
    const creq = await canonicalRequest(req, { normalizePath: false, payloadHash: 'X' }, [
      'host',
      'x-amz-security-token',
    ]);
    expect(creq).toContain('\nx-amz-security-token:\n\nhost;x-amz-security-token\n');
  });
});
